import { describe, expect, it } from "vitest";
import { textNodes } from "../primitives/diagram-text.js";
import type { Scene, TextNode } from "../primitives/scene.types.js";
import { textWidth } from "../primitives/text-measure.js";
import { buildFramework } from "../testing/framework.fixture.js";
import { layoutPipeline } from "./pipeline.layout.js";
import { layoutTimeline } from "./timeline.layout.js";

const MONTH_LABEL = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/;
const SPANS = [6, 12, 24, 60];
// The narrowest width a layout accepts, a phone, a laptop column and a wide screen.
const WIDTHS = [360, 520, 960, 2000];

/** Left and right edge of a text node, measured with the estimate the layouts use. */
function extent(t: TextNode): { left: number; right: number; text: string } {
  const w = textWidth(t.text, t.size, t.weight);
  const left = t.anchor === "middle" ? t.x - w / 2 : t.anchor === "end" ? t.x - w : t.x;
  return { left, right: left + w, text: t.text };
}

/** The month labels of a scene's axis, left to right. */
function monthLabels(scene: Scene) {
  return textNodes(scene.nodes)
    .filter((t) => MONTH_LABEL.test(t.text))
    .map(extent)
    .sort((a, b) => a.left - b.left);
}

/** Pairs of neighbouring month labels that touch or overlap, and labels outside the picture. */
function collisions(scene: Scene): string[] {
  const labels = monthLabels(scene);
  const problems: string[] = [];
  labels.forEach((label, i) => {
    if (label.left < 0 || label.right > scene.width) problems.push(`"${label.text}" leaves the picture`);
    const next = labels[i + 1];
    if (next && next.left - label.right < 4) {
      problems.push(`"${label.text}" and "${next.text}" are ${(next.left - label.right).toFixed(1)}px apart`);
    }
  });
  return problems;
}

/** `count` months from `startYear`-`startMonth` (1-based), as "YYYY-MM". */
function months(count: number, startYear = 2024, startMonth = 9): string[] {
  return Array.from({ length: count }, (_, i) => {
    const m = startMonth - 1 + i;
    return `${startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
  });
}

const framework = buildFramework();
const stageIds = framework.levels.flatMap((l) => l.stages.map((s) => s.id));

function timelineOver(span: number, width: number): Scene {
  // Check-ins mid-month, so the axis starts part-way into a month, as a real history does.
  const history = months(span + 1).map((m, i) => ({ at: `${m}-17T10:00:00.000Z`, progress: Math.min(8, i / 4) }));
  return layoutTimeline({ framework, person: { name: "Rosa Ribeiro" }, history, moments: [] }, { width });
}

function pipelineOver(span: number, width: number): Scene {
  const series = months(span).map((at, i) => ({ at, counts: { [stageIds[i % stageIds.length]!]: 1 + (i % 5) } }));
  return layoutPipeline({ framework, series }, { width });
}

describe.each([
  ["timeline", timelineOver],
  ["pipeline", pipelineOver],
] as const)("the %s's month axis", (_name, build) => {
  for (const span of SPANS) {
    it.each(WIDTHS)(`never lets two labels of ${span} months overlap, at %ipx`, (width) => {
      const scene = build(span, width);
      expect(collisions(scene)).toEqual([]);
      // Thinned, never emptied: a reader still finds their way along the axis.
      expect(monthLabels(scene).length).toBeGreaterThanOrEqual(2);
    });
  }

  it("labels every month when there is room for each", () => {
    expect(monthLabels(build(6, 2000)).length).toBeGreaterThanOrEqual(6);
  });

  it("keeps labels at calendar-regular steps (every month, quarter, half year or year)", () => {
    for (const span of SPANS) {
      for (const width of WIDTHS) {
        const labels = monthLabels(build(span, width)).map((l) => l.text);
        const index = (text: string) => {
          const [mon, year] = text.split(" ");
          return Number(year) * 12 + "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(mon!) / 3;
        };
        const steps = new Set(labels.slice(1).map((l, i) => index(l) - index(labels[i]!)));
        expect(steps.size, `${span} months at ${width}px: ${labels.join(", ")}`).toBeLessThanOrEqual(1);
      }
    }
  });
});
