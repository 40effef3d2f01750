/** Colour arithmetic: parsing, mixing, and WCAG contrast. */

/** An sRGB colour as three 0..255 channels. */
export type Rgb = readonly [number, number, number];

// Layouts parse the same few palette colours over and over (every tile's fill, text colour and
// outline); caching the parsed channels and luminances makes that free. Colours come from the
// palette and mixes of it, so the caches stay small; the cap only guards against unusual callers.
const CACHE_LIMIT = 1024;
const parsed = new Map<string, Rgb>();
const luminances = new Map<string, number>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Parses "#rgb" or "#rrggbb". */
export function parseHex(hex: string): Rgb {
  return parsed.get(hex) ?? remember(parsed, hex, parseHexUncached(hex));
}

function parseHexUncached(hex: string): Rgb {
  const h = hex.replace("#", "");
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new Error(`not a hex colour: ${hex}`);
  // Frozen because the cache hands the same tuple to every caller.
  return Object.freeze([
    Number.parseInt(full.slice(0, 2), 16),
    Number.parseInt(full.slice(2, 4), 16),
    Number.parseInt(full.slice(4, 6), 16),
  ] as const);
}

function hexByte(c: number): string {
  const v = Math.round(Math.min(255, Math.max(0, c)));
  return v < 16 ? `0${v.toString(16)}` : v.toString(16);
}

/** Formats channels as lowercase "#rrggbb". */
export function toHex([r, g, b]: Rgb): string {
  return `#${hexByte(r)}${hexByte(g)}${hexByte(b)}`;
}

/** Mixes `a` toward `b` by `t` (0 = a, 1 = b) in sRGB. */
export function mix(a: string, b: string, t: number): string {
  const ca = parseHex(a);
  const cb = parseHex(b);
  return toHex([ca[0] + (cb[0] - ca[0]) * t, ca[1] + (cb[1] - ca[1]) * t, ca[2] + (cb[2] - ca[2]) * t]);
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a hex colour. */
export function relativeLuminance(hex: string): number {
  return luminances.get(hex) ?? remember(luminances, hex, luminanceUncached(hex));
}

function luminanceUncached(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio between two hex colours (1..21). */
export function contrastRatio(fg: string, bg: string): number {
  const a = relativeLuminance(fg);
  const b = relativeLuminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Whichever candidate reads best on `bg`. */
export function bestText(bg: string, candidates: readonly string[]): string {
  let best = candidates[0] ?? "#000000";
  for (const c of candidates) if (contrastRatio(c, bg) > contrastRatio(best, bg)) best = c;
  return best;
}

/** The AA minimum for text of this size and weight (large text: ≥ 24px, or ≥ 18.66px bold). */
export function requiredContrast(size: number, weight: number): number {
  return size >= 24 || (size >= 18.66 && weight >= 700) ? 3 : 4.5;
}
