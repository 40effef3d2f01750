import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "@playwright/test";
import { sceneToSvg } from "../packages/core/src/diagrams/primitives/scene-to-svg.js";
import { diagramSamples } from "../packages/core/src/diagrams/testing/diagram-samples.js";

// Every sample diagram (including a 12-level framework with 80-character names) in both themes,
// inline in one page, measured by Chromium's own text layout.
function galleryPage(): string {
  const figures = diagramSamples().flatMap((sample) =>
    (["light", "dark"] as const).map(
      (theme) =>
        `<figure data-name="${sample.name}-${theme}">${sceneToSvg(sample.build({ theme, idPrefix: `${sample.name}-${theme}` }))}</figure>`,
    ),
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>diagrams</title></head><body>${figures.join("\n")}</body></html>`;
}

interface Problem {
  readonly diagram: string;
  readonly problem: string;
}

test("every diagram keeps its text inside the viewBox, without overlapping labels", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "ascent-diagrams-"));
  const file = join(dir, "diagrams.html");
  writeFileSync(file, galleryPage());
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => document.fonts.ready);
  const result = await page.evaluate(() => {
    const problems: { diagram: string; problem: string }[] = [];
    let texts = 0;
    for (const figure of document.querySelectorAll("figure")) {
      const name = figure.dataset.name ?? "?";
      const svg = figure.querySelector("svg")!;
      const [, , w, h] = svg.getAttribute("viewBox")!.split(" ").map(Number) as [number, number, number, number];
      const boxes = [...svg.querySelectorAll("text")].map((t) => ({ text: t.textContent ?? "", box: t.getBBox() }));
      texts += boxes.length;
      for (const { text, box } of boxes) {
        if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > w + 0.5 || box.y + box.height > h + 0.5) {
          problems.push({ diagram: name, problem: `"${text}" leaves the viewBox: ${JSON.stringify(box)}` });
        }
      }
      // Glyph boxes include line spacing, so shrink them a little before testing for overlap.
      const inset = (b: DOMRect) => ({
        x1: b.x + 0.5,
        y1: b.y + b.height * 0.2,
        x2: b.x + b.width - 0.5,
        y2: b.y + b.height * 0.85,
      });
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = inset(boxes[i]!.box);
          const b = inset(boxes[j]!.box);
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
            problems.push({ diagram: name, problem: `"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"` });
          }
        }
      }
    }
    return { problems, texts, figures: document.querySelectorAll("figure").length };
  });
  expect(result.figures).toBe(diagramSamples().length * 2);
  expect(result.texts).toBeGreaterThan(500);
  expect(result.problems as Problem[]).toEqual([]);
});

test("the root of every diagram is an accessible image named by its title and description", async ({ page }) => {
  await page.setContent(galleryPage());
  const names = await page.locator("svg[role=img]").evaluateAll((svgs) =>
    svgs.map((svg) => {
      const ids = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
      return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" | ");
    }),
  );
  expect(names).toHaveLength(diagramSamples().length * 2);
  for (const name of names) expect(name).toMatch(/\S+ \| \S+/);
});
