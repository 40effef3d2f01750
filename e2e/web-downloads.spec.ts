import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import type { RunningServer } from "./server.js";
import { expectNoSeriousA11yIssues } from "./web-a11y.js";
import { type ApiUser, personIdOf, setUpAdmin, signInPage, submitCheckIn } from "./web-seed.js";
import { ADMIN, startWebApp } from "./web-server.js";

// Every diagram offers "Download: SVG · PNG". The SVG is the picture's own markup; the PNG is the
// same picture at 2×, with its text drawn in Inter (checked by decoding the PNG and finding the
// ink of each label where the SVG puts it, as wide as Inter makes it).
let server: RunningServer;
let admin: ApiUser;

test.beforeAll(async () => {
  server = await startWebApp();
});

test.afterAll(async () => {
  await admin?.dispose();
  await server.stop();
});

test.describe.configure({ mode: "serial" });

interface SvgText {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly weight: number;
  readonly fill: string;
  readonly anchor: string;
  readonly text: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text labels of an SVG as our renderer writes them. */
function svgTexts(svg: string): SvgText[] {
  const texts: SvgText[] = [];
  const pattern =
    /<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)" font-weight="(\d+)" fill="(#[0-9a-f]{6})"(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g;
  for (const m of svg.matchAll(pattern)) {
    texts.push({
      x: Number(m[1]),
      y: Number(m[2]),
      size: Number(m[3]),
      weight: Number(m[4]),
      fill: m[5]!,
      anchor: m[6] ?? "start",
      text: decodeEntities(m[7]!),
    });
  }
  return texts;
}

/** Downloads through one of the control's two entries and answers the file. */
async function download(page: Page, control: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), control.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

function entry(scope: Locator, format: "SVG" | "PNG"): Locator {
  const name = new RegExp(`^Download “.+” as ${format}$`);
  return scope.getByRole("button", { name }).or(scope.getByRole("link", { name }));
}

/**
 * Downloads both formats of the diagram in `scope` and checks them: the SVG is our markup with its
 * text, the PNG is a real PNG at twice the SVG's size, and every label of the SVG has ink in the
 * PNG where it belongs, as wide as Inter sets it.
 */
async function checkDownloads(page: Page, scope: Locator, label: string): Promise<void> {
  const svgFile = await download(page, entry(scope, "SVG").first());
  expect(svgFile.name, label).toMatch(/\.svg$/);
  const svg = svgFile.bytes.toString("utf8");
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), label).toBe(true);
  expect(svg.endsWith("</svg>"), label).toBe(true);
  expect(svgFile.bytes.length, label).toBeGreaterThan(2000);
  const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  const texts = svgTexts(svg).filter((t) => t.text.replace(/\W/g, "").length >= 4);
  expect(texts.length, `${label}: labels in the SVG`).toBeGreaterThan(2);

  const pngFile = await download(page, entry(scope, "PNG").first());
  expect(pngFile.name, label).toMatch(/\.png$/);
  const png = pngFile.bytes;
  expect([...png.subarray(0, 8)], `${label}: PNG signature`).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  expect(png.readUInt32BE(16), `${label}: PNG width`).toBe(width * 2);
  expect(png.readUInt32BE(20), `${label}: PNG height`).toBe(height * 2);
  expect(png.length, `${label}: a PNG with something in it`).toBeGreaterThan(15_000);

  const findings = await page.evaluate(
    async ({ data, labels }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d", { willReadFrequently: true })!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const measure = document.createElement("canvas").getContext("2d")!;
      const results = [];
      for (const t of labels) {
        await document.fonts.load(`${t.weight} ${t.size}px Inter`);
        measure.font = `${t.weight} ${t.size}px Inter`;
        const inter = measure.measureText(t.text).width;
        measure.font = `${t.weight} ${t.size}px "DejaVu Sans"`;
        const fallback = measure.measureText(t.text).width;
        const rgb = [1, 3, 5].map((i) => Number.parseInt(t.fill.slice(i, i + 2), 16));
        // Search a band wider than either font would need on the side the text grows to (and
        // tight on its anchored side, where lines and other marks may start), then measure the ink.
        const widest = Math.max(inter, fallback);
        const slack = widest * 0.3 + 8;
        const [left, right] =
          t.anchor === "end"
            ? [t.x - widest - slack, t.x + 2]
            : t.anchor === "middle"
              ? [t.x - widest / 2 - slack / 2, t.x + widest / 2 + slack / 2]
              : [t.x - 2, t.x + widest + slack];
        let ink = 0;
        let minX = Number.POSITIVE_INFINITY;
        let maxX = Number.NEGATIVE_INFINITY;
        for (let y = Math.floor((t.y - t.size * 0.75) * 2); y <= Math.ceil((t.y + t.size * 0.1) * 2); y++) {
          for (let x = Math.max(0, Math.floor(left * 2)); x <= Math.min(canvas.width - 1, Math.ceil(right * 2)); x++) {
            const i = (y * canvas.width + x) * 4;
            if (rgb.every((c, k) => Math.abs(pixels[i + k]! - c) <= 40)) {
              ink += 1;
              minX = Math.min(minX, x);
              maxX = Math.max(maxX, x);
            }
          }
        }
        results.push({ text: t.text, ink, inkWidth: (maxX - minX + 1) / 2, inter, fallback });
      }
      return results;
    },
    { data: png.toString("base64"), labels: texts.slice(0, 8) },
  );
  for (const f of findings) {
    expect(f.ink, `${label}: ink of “${f.text}” in the PNG`).toBeGreaterThan(20);
    // Glyphs have side bearings, so the ink is a little narrower than the advance width.
    expect(Math.abs(f.inkWidth - f.inter), `${label}: “${f.text}” set in Inter (${JSON.stringify(f)})`).toBeLessThan(
      Math.max(4, Math.abs(f.fallback - f.inter) / 2),
    );
  }
}

test("the first-run page's path downloads as SVG and PNG", async ({ page }) => {
  await page.goto(`${server.url}/welcome`);
  const picture = page.locator(".first-run__intro .diagram");
  await expect(picture.getByRole("img")).toBeVisible();
  await checkDownloads(page, picture, "framework path");
});

test("home, person page and dashboard diagrams download as SVG and PNG", async ({ page }) => {
  admin = await setUpAdmin(server.url, ADMIN);
  const id = await personIdOf(admin);
  await submitCheckIn(admin, id, "self", {
    "self-awareness": "established",
    "self-ownership": "established",
    "team-awareness": "emerging",
  });
  await signInPage(page, server.url, ADMIN.email, ADMIN.password);
  const here = page.getByRole("region", { name: "You are here" });
  await expect(here.getByRole("img")).toBeVisible();
  await expectNoSeriousA11yIssues(page, "home with downloads");
  await checkDownloads(page, here, "home: you are here");

  await page.goto(`${server.url}/me`);
  await checkDownloads(page, page.getByRole("region", { name: "On the path" }), "person: on the path");
  await checkDownloads(page, page.getByRole("region", { name: "Over time" }), "person: over time");

  // Dark mode downloads what the page shows: the dark picture.
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await download(page, entry(page.getByRole("region", { name: "On the path" }), "SVG"));
  expect(dark.bytes.toString("utf8")).toContain('fill="#15171c"');
  await page.emulateMedia({ colorScheme: "light" });

  await page.goto(`${server.url}/dashboards`);
  const pipeline = page.getByRole("region", { name: /How it moves/ });
  await expect(pipeline.getByRole("img")).toBeVisible();
  await checkDownloads(page, pipeline, "dashboard: pipeline");
});
