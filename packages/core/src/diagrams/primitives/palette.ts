/**
 * The colours of Ascent's diagrams: a theme (background, ink, accent), a sequential level
 * ramp (light → deep as scope grows) and the Okabe–Ito categorical set.
 */
import { bestText, mix } from "./color.js";
import type { Theme } from "./scene.types.js";

/** Colours a layout draws with. */
export interface ThemeColors {
  readonly theme: Theme;
  readonly background: string;
  /** Main text. */
  readonly ink: string;
  /** Secondary text (still AA on the background). */
  readonly muted: string;
  /** Grid lines and outlines. */
  readonly line: string;
  /** Faint fills (empty tiles, plot areas). */
  readonly faint: string;
  /** The path and the person's own marker. */
  readonly accent: string;
  /** The mentor's marker. */
  readonly mentor: string;
}

const LIGHT: ThemeColors = {
  theme: "light",
  background: "#fbfaf7",
  ink: "#1c2128",
  muted: "#515b67",
  line: "#c9ced6",
  faint: "#eff1f4",
  accent: "#c2410c",
  mentor: "#0061a0",
};

const DARK: ThemeColors = {
  theme: "dark",
  background: "#15171c",
  ink: "#e8eaed",
  muted: "#a9b1bd",
  line: "#444b57",
  faint: "#20242b",
  accent: "#ff8f4a",
  mentor: "#6cc4f5",
};

/** The colours of a theme. */
export function themeColors(theme: Theme): ThemeColors {
  return theme === "dark" ? DARK : LIGHT;
}

// YlGnBu-like anchors without the palest yellows: distinguishable under the common colour-vision
// deficiencies because lightness changes monotonically, not just hue.
const RAMP_LIGHT = ["#a6dcb6", "#5dbdc0", "#2f94c1", "#2a5ea8", "#2b2c7c"];
const RAMP_DARK = ["#9ad6b0", "#55b6bb", "#3190c4", "#3b6fc0", "#5a55b8"];

function sampleRamp(ramp: readonly string[], t: number): string {
  const pos = Math.min(1, Math.max(0, t)) * (ramp.length - 1);
  const i = Math.min(ramp.length - 2, Math.floor(pos));
  return mix(ramp[i]!, ramp[i + 1]!, pos - i);
}

/** `count` colours light → deep; one level gets the ramp's middle. */
export function sequentialColors(count: number, theme: Theme): string[] {
  const ramp = theme === "dark" ? RAMP_DARK : RAMP_LIGHT;
  if (count <= 1) return [sampleRamp(ramp, 0.5)];
  return Array.from({ length: count }, (_, i) => sampleRamp(ramp, i / (count - 1)));
}

/** The level's full colour and its light tint (awareness tiles use the tint, ownership tiles the colour). */
export interface LevelPaint {
  readonly full: string;
  readonly tint: string;
}

// Every tile asks for its level's paint, so the ramp would otherwise be sampled and mixed once per
// tile (and again per tile for the team map's marks); it only depends on the count and the theme.
const paintCache = new Map<string, readonly LevelPaint[]>();

/** Full colour and tint for each level, bottom to top. */
export function levelPaints(levelCount: number, theme: Theme): LevelPaint[] {
  const key = `${theme}:${levelCount}`;
  let paints = paintCache.get(key);
  if (paints === undefined) {
    const colors = themeColors(theme);
    paints = sequentialColors(levelCount, theme).map((full) =>
      Object.freeze({ full, tint: mix(full, colors.background, theme === "dark" ? 0.62 : 0.68) }),
    );
    if (paintCache.size >= 64) paintCache.clear();
    paintCache.set(key, paints);
  }
  // A copy, so a caller that rearranges its array cannot change the cached one.
  return paints.slice();
}

const OKABE_ITO_LIGHT = ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#000000"];
const OKABE_ITO_DARK = ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#bbbbbb"];

/** The Okabe–Ito categorical colour for index `i` (cycles after eight). */
export function categorical(i: number, theme: Theme): string {
  const set = theme === "dark" ? OKABE_ITO_DARK : OKABE_ITO_LIGHT;
  return set[((i % set.length) + set.length) % set.length]!;
}

/** The text colour that reads best on a fill: the theme's ink, white or near-black. */
export function textOn(fill: string, theme: Theme): string {
  // Pure black or white always reaches 4.58:1 on any fill, so AA holds whatever the palette.
  return bestText(fill, [themeColors(theme).ink, "#ffffff", "#000000"]);
}
