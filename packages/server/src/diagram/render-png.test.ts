import { layoutPermission, sceneToSvg, textNodes } from "@ascent/core";
import { describe, expect, it } from "vitest";
import { findFontsDir, fontFiles } from "./fonts-dir.js";
import { renderPixels, renderPng } from "./render-png.js";

function boxDiffers(
  img: { width: number; pixels: Buffer },
  box: { x: number; y: number; w: number; h: number },
  bg: [number, number, number],
) {
  let differing = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < box.y + box.h; y += 1) {
    for (let x = Math.max(0, Math.floor(box.x)); x < box.x + box.w; x += 1) {
      const i = (y * img.width + x) * 4;
      const d =
        Math.abs(img.pixels[i]! - bg[0]) + Math.abs(img.pixels[i + 1]! - bg[1]) + Math.abs(img.pixels[i + 2]! - bg[2]);
      if (d > 60) differing += 1;
    }
  }
  return differing;
}

describe("renderPng", () => {
  it("finds the shipped fonts", () => {
    expect(findFontsDir()).toMatch(/assets[\\/]fonts$/);
    expect(fontFiles().map((f) => f.split(/[\\/]/).pop())).toContain("Inter-Regular.otf");
  });

  it.each([
    ["Latin", "Ada Lovelace"],
    ["Hebrew", "נועה כהן"],
    ["Arabic", "ليلى عبد الرحمن"],
  ])("draws %s text", (_, name) => {
    const scene = layoutPermission({ giver: { name }, receiver: { name: "B" } }, { width: 1600 });
    const img = renderPixels(sceneToSvg(scene));
    const nameNode = textNodes(scene.nodes).find((t) => t.text === name)!;
    expect(nameNode).toBeDefined();
    // The name is centred on its x; look at a box around it and count ink pixels against the pill's fill.
    const bg = nameNode.background.match(/[0-9a-f]{2}/g)!.map((h) => Number.parseInt(h, 16)) as [
      number,
      number,
      number,
    ];
    const inked = boxDiffers(img, { x: nameNode.x - 40, y: nameNode.y - 12, w: 80, h: 14 }, bg);
    expect(inked).toBeGreaterThan(40);
  });

  it("scales and rejects silly scales", () => {
    const svg = sceneToSvg(layoutPermission({ giver: { name: "A" }, receiver: { name: "B" } }));
    const one = renderPixels(svg);
    const two = renderPixels(svg, { scale: 2 });
    expect(two.width).toBe(one.width * 2);
    expect(() => renderPng(svg, { scale: 0 })).toThrow(/scale/);
  });
});
