/** PNG output of diagrams: the SVG string rendered by resvg with the fonts shipped in the repository. */
import { Resvg } from "@resvg/resvg-js";
import { fontFiles } from "./fonts-dir.js";

/** How to rasterise. */
export interface PngOptions {
  /** Pixel density: 2 gives a crisp image for slides (default 1). */
  readonly scale?: number;
}

/** A decoded raster, for tests that look at pixels. */
export interface RenderedPixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly pixels: Buffer;
  readonly png: Buffer;
}

let cachedFonts: string[] | null = null;

function renderer(svg: string, scale: number): Resvg {
  cachedFonts ??= fontFiles();
  return new Resvg(svg, {
    font: { fontFiles: cachedFonts, loadSystemFonts: false, defaultFontFamily: "Inter" },
    fitTo: { mode: "zoom", value: scale },
    shapeRendering: 2,
    textRendering: 1,
  });
}

/** Renders SVG markup to PNG bytes. */
export function renderPng(svg: string, options: PngOptions = {}): Buffer {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 8)) throw new Error(`scale must be between 0 and 8, got ${scale}`);
  return renderer(svg, scale).render().asPng();
}

/** Renders SVG markup and returns the raw pixels along with the PNG. */
export function renderPixels(svg: string, options: PngOptions = {}): RenderedPixels {
  const image = renderer(svg, options.scale ?? 1).render();
  return { width: image.width, height: image.height, pixels: image.pixels, png: image.asPng() };
}
