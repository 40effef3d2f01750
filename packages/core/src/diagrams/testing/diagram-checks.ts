/** Checks every test applies to a scene: contrast of each text against what is behind it, sizes, bounds. */
import { contrastRatio, requiredContrast } from "../primitives/color.js";
import { textNodes } from "../primitives/diagram-text.js";
import type { Scene } from "../primitives/scene.types.js";

/** Text nodes whose contrast with their recorded background is below WCAG AA; empty when all pass. */
export function contrastFailures(scene: Scene): string[] {
  return textNodes(scene.nodes)
    .filter((t) => contrastRatio(t.fill, t.background) < requiredContrast(t.size, t.weight))
    .map((t) => `"${t.text}" ${t.fill} on ${t.background}: ${contrastRatio(t.fill, t.background).toFixed(2)}`);
}

/** Text nodes smaller than the minimum size. */
export function tinyText(scene: Scene, min = 11): string[] {
  return textNodes(scene.nodes)
    .filter((t) => t.size < min)
    .map((t) => `"${t.text}" at ${t.size}px`);
}
