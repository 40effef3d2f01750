import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { diagramText, textNodes } from "./primitives/diagram-text.js";
import type { Theme } from "./primitives/scene.types.js";
import { sceneToMarkup } from "./primitives/scene-markup.js";
import { markupToSvg, sceneToSvg } from "./primitives/scene-to-svg.js";
import { contrastFailures, tinyText } from "./testing/diagram-checks.js";
import { diagramSamples } from "./testing/diagram-samples.js";

const THEMES: Theme[] = ["light", "dark"];

describe.each(diagramSamples())("diagram $name", (sample) => {
  it.each(THEMES)("matches its snapshot (%s)", async (theme) => {
    const svg = sceneToSvg(sample.build({ theme, idPrefix: "snap" }));
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${sample.name}-${theme}.svg`);
  });

  it.each(THEMES)("writes exactly the bytes of its markup tree, which React renders (%s)", (theme) => {
    const scene = sample.build({ theme, idPrefix: "eq" });
    expect(sceneToSvg(scene)).toBe(markupToSvg(sceneToMarkup(scene)));
  });

  it.each(THEMES)("is well-formed XML with an accessible root (%s)", (theme) => {
    const scene = sample.build({ theme, idPrefix: "t" });
    const svg = sceneToSvg(scene);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(
      new RegExp(`^<svg [^>]*role="img" aria-labelledby="t-${scene.kind}-title t-${scene.kind}-desc"`),
    );
    expect(svg).toContain(`<title id="t-${scene.kind}-title">`);
    expect(diagramText(scene).length).toBeGreaterThan(10);
  });

  it.each(THEMES)("meets WCAG AA for every text and keeps text ≥ 11px (%s)", (theme) => {
    const scene = sample.build({ theme });
    expect(contrastFailures(scene)).toEqual([]);
    expect(tinyText(scene)).toEqual([]);
  });

  it("is deterministic and rounds numbers to two decimals", () => {
    const a = sceneToSvg(sample.build({}));
    expect(sceneToSvg(sample.build({}))).toBe(a);
    expect(a).not.toMatch(/\d\.\d{3,}/);
  });

  it("honours width, and drops labels when asked", () => {
    const wide = sample.build({ width: 1400 });
    expect(wide.width).toBe(1400);
    const bare = sample.build({ labels: false });
    expect(textNodes(bare.nodes).length).toBeLessThanOrEqual(textNodes(sample.build({}).nodes).length);
  });
});
