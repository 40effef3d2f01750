/**
 * Reports as a reader sees them, not as strings: the PDF the binary prints has the person's name
 * and the stage names as real text (what pdftotext would show) and its diagrams drawn (coloured
 * pixels over a diagram-sized area once Chromium's own PDF viewer renders the page); the HTML
 * report loads in Chromium with every network request blocked and still shows its diagrams.
 * Chromium is the one `npm test` installs (CHROMIUM_PATH, else /usr/bin/chromium): nothing is skipped.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../../../e2e/chromium.js";
import { scratchDir } from "./testing/cli-targets.js";
import { pdfPageCount, pdfText } from "./testing/pdf-text.js";
import { type CliResult, INIT_DEMO_ARGS, runCliAsync } from "./testing/run-cli.js";

const LEVELS = ["Self", "Team & system", "Multi-team & multi-system", "Enterprise"];
const STAGES = ["Awareness", "Ownership"];

function ok(result: CliResult): CliResult {
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.status, result.stderr).toBe(0);
  return result;
}

/** What the pixels of a screenshot hold: strongly coloured pixels and the box around them. */
interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly coloured: number;
  readonly box: { left: number; top: number; right: number; bottom: number } | null;
}

/** Decodes a PNG in the browser (no image library needed) and measures its coloured pixels. */
async function measurePixels(page: Page, png: Buffer): Promise<Pixels> {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2d context");
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      let coloured = 0;
      let box: { left: number; top: number; right: number; bottom: number } | null = null;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const r = data[i] ?? 0;
          const g = data[i + 1] ?? 0;
          const b = data[i + 2] ?? 0;
          // Text, rules, the paper and the viewer around it are greys; the diagrams are in colour.
          if (Math.max(r, g, b) - Math.min(r, g, b) < 60) continue;
          coloured++;
          box = box
            ? {
                left: Math.min(box.left, x),
                top: Math.min(box.top, y),
                right: Math.max(box.right, x),
                bottom: Math.max(box.bottom, y),
              }
            : { left: x, top: y, right: x, bottom: y };
        }
      }
      return { width, height, coloured, box };
    },
    `data:image/png;base64,${png.toString("base64")}`,
  );
}

describe("reports as rendered", () => {
  const dir = scratchDir();
  const env = { ASCENT_DATA_DIR: join(dir, "data"), ASCENT_DATABASE_URL: "" };
  const cli = (args: string[], input?: string) =>
    runCliAsync(args, { env, timeoutMs: 120_000, ...(input !== undefined ? { input } : {}) });
  let browser: Browser;
  let person: { name: string; email: string };

  beforeAll(async () => {
    ok(await cli([...INIT_DEMO_ARGS], "correct horse battery\n"));
    // The first member of the demo organisation: someone on the path, with check-ins to draw.
    const csv = ok(await cli(["export", "--format", "csv"])).stdout;
    const member = csv
      .split("\r\n")
      .map((line) => line.split(","))
      .find((fields) => fields.at(-1) === "member");
    if (!member) throw new Error("the demo organisation has no member");
    person = { name: member[0] ?? "", email: member[1] ?? "" };
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    const { rmSync } = await import("node:fs");
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints a PDF whose text holds the person's name and the stage names", async () => {
    const file = join(dir, "person.pdf");
    ok(await cli(["report", "person", "--person", person.email, "--format", "pdf", "--out", file]));
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf);
    expect(text).toContain(`${person.name} — leadership progression`);
    for (const name of [...LEVELS, ...STAGES]) expect(text).toContain(name);
    // The diagram's own labels are text in the PDF too (a vector drawing, not a picture of one).
    expect(text).toMatch(/Text equivalent: .+ on the path/);
    expect(text).toContain("You are here");
  }, 60_000);

  it("draws the PDF's diagrams: Chromium's PDF viewer shows them in colour", async () => {
    const file = join(dir, "person-drawn.pdf");
    ok(await cli(["report", "person", "--person", person.email, "--format", "pdf", "--out", file]));
    const viewer = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const scratch = await browser.newPage();
    try {
      await viewer.goto(`${pathToFileURL(file).href}#toolbar=0&navpanes=0&view=FitH`);
      // The viewer renders asynchronously: wait until the page holds a drawn diagram.
      let pixels: Pixels | undefined;
      for (let attempt = 0; attempt < 40; attempt++) {
        await viewer.waitForTimeout(250);
        pixels = await measurePixels(scratch, await viewer.screenshot());
        if (pixels.coloured > 20_000) break;
      }
      if (!pixels?.box) throw new Error("the rendered PDF holds no coloured pixel: no diagram was drawn");
      const { box, width, height } = pixels;
      // The path diagram: thousands of coloured pixels over an area as wide as a third of the page.
      expect(pixels.coloured).toBeGreaterThan(20_000);
      expect(box.right - box.left).toBeGreaterThan(width / 3);
      expect(box.bottom - box.top).toBeGreaterThan(height / 8);
    } finally {
      await viewer.close();
      await scratch.close();
    }
  }, 60_000);

  it("shows the HTML report's diagrams in Chromium with every network request blocked", async () => {
    const file = join(dir, "org.html");
    ok(await cli(["report", "person", "--person", person.email, "--format", "html", "--out", file]));
    const html = readFileSync(file, "utf8");
    for (const load of ["file", "setContent"] as const) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const blocked: string[] = [];
      const failed: string[] = [];
      const errors: string[] = [];
      try {
        await page.route("**/*", (route) => {
          // Only the report file itself may load; anything it asks for is blocked.
          if (route.request().url() === pathToFileURL(file).href) return route.continue();
          blocked.push(route.request().url());
          return route.abort();
        });
        page.on("requestfailed", (request) => {
          if (!blocked.includes(request.url())) failed.push(`${request.url()}: ${request.failure()?.errorText}`);
        });
        page.on("pageerror", (error) => errors.push(error.message));
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        if (load === "file") await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
        else await page.setContent(html, { waitUntil: "load" });

        await expect.poll(() => page.title()).toContain(person.name);
        const svgs = page.locator("figure > svg");
        const count = await svgs.count();
        expect(count, `${load}: diagrams`).toBeGreaterThanOrEqual(2);
        for (let i = 0; i < count; i++) {
          const svg = svgs.nth(i);
          expect(await svg.isVisible(), `${load}: diagram ${i} visible`).toBe(true);
          const size = await svg.boundingBox();
          expect(size?.width ?? 0, `${load}: diagram ${i} width`).toBeGreaterThan(100);
          expect(size?.height ?? 0, `${load}: diagram ${i} height`).toBeGreaterThan(50);
          // Drawn, not an empty box: shapes with a rendered size of their own.
          const drawn = await svg.evaluate(
            (element) =>
              [...element.querySelectorAll("rect, path, line, polyline, circle, text")].filter((shape) => {
                const rect = shape.getBoundingClientRect();
                return rect.width > 0 || rect.height > 0;
              }).length,
          );
          expect(drawn, `${load}: diagram ${i} shapes`).toBeGreaterThan(5);
        }
        expect(failed, `${load}: failed requests`).toEqual([]);
        expect(blocked, `${load}: the report asked the network for something`).toEqual([]);
        expect(errors, `${load}: errors`).toEqual([]);
      } finally {
        await page.close();
      }
    }
  }, 60_000);
});
