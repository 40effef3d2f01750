/**
 * Saving a diagram as a file, in the browser: SVG is the scene written by the core's string
 * renderer (the very markup React draws on the page); PNG is that SVG drawn onto a canvas at 2×.
 * A picture drawn from an image cannot use the page's fonts, so the PNG's SVG carries Inter
 * itself (the web app's own copies of the files the server's PNGs use). Loaded only when someone
 * downloads, so it costs the first visit nothing.
 */
import { type Scene, sceneToSvg } from "@ascent/core";
import interBold from "../assets/fonts/Inter-Bold.otf?url";
import interRegular from "../assets/fonts/Inter-Regular.otf?url";
import interSemiBold from "../assets/fonts/Inter-SemiBold.otf?url";

/** Pixel density of PNGs: sharp on a slide and on high-density screens. */
export const PNG_SCALE = 2;

const FONTS: readonly (readonly [string, number])[] = [
  [interRegular, 400],
  [interSemiBold, 600],
  [interBold, 700],
];

/** "Ada Lovelace on the path" → "ada-lovelace-on-the-path". */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug || "diagram";
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Saves the scene as an SVG file. */
export function downloadSvg(scene: Scene, name: string): void {
  save(new Blob([sceneToSvg(scene)], { type: "image/svg+xml" }), `${name}.svg`);
}

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font ${url} could not be loaded (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/otf;base64,${btoa(binary)}`;
}

let fontFaces: Promise<string> | null = null;

/** The @font-face rules with the fonts inlined, fetched once per visit. */
function embeddedFonts(): Promise<string> {
  if (!fontFaces) {
    fontFaces = Promise.all(
      FONTS.map(
        async ([url, weight]) =>
          `@font-face{font-family:"Inter";font-style:normal;font-weight:${weight};src:url("${await dataUrl(url)}") format("opentype");}`,
      ),
    ).then((rules) => rules.join(""));
    // A failed load is tried again on the next download.
    fontFaces.catch(() => {
      fontFaces = null;
    });
  }
  return fontFaces;
}

/** The scene's SVG with its fonts inside, as an image ready to draw. */
async function svgImage(scene: Scene): Promise<HTMLImageElement> {
  const faces = await embeddedFonts();
  // A function replacement, so nothing in the fonts is read as a `$` pattern.
  const svg = sceneToSvg(scene).replace(/^<svg[^>]*>/, (open) => `${open}<defs><style>${faces}</style></defs>`);
  return loadImage(svg);
}

async function loadImage(svg: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = "sync";
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  return image;
}

/** Draws the scene at `scale` and answers the PNG bytes. */
export async function sceneToPng(scene: Scene, scale = PNG_SCALE): Promise<Blob> {
  const image = await svgImage(scene);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw the picture.");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The picture could not be made."))), "image/png"),
  );
}

/** Saves the scene as a PNG file at 2×. */
export async function downloadPng(scene: Scene, name: string): Promise<void> {
  save(await sceneToPng(scene), `${name}.png`);
}
