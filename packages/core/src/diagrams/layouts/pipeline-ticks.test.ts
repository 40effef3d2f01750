import { describe, expect, it } from "vitest";
import { textNodes } from "../primitives/diagram-text.js";
import { buildFramework } from "../testing/framework.fixture.js";
import { layoutPipeline } from "./pipeline.layout.js";

describe("the pipeline's axis", () => {
  it("labels whole numbers only, even for a handful of people", () => {
    const framework = buildFramework();
    const first = framework.levels[0]!.stages[0]!.id;
    const scene = layoutPipeline({
      framework,
      series: [
        { at: "2026-01", counts: { [first]: 1 } },
        { at: "2026-02", counts: { [first]: 2 } },
      ],
    });
    const numbers = textNodes(scene.nodes)
      .map((t) => t.text)
      .filter((text) => /^[\d.]+$/.test(text));
    expect(numbers.length).toBeGreaterThan(1);
    for (const n of numbers) expect(n).toMatch(/^\d+$/);
  });
});
