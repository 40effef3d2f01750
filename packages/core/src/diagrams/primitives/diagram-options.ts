/** Options every diagram takes, and their defaults. */
import { clamp } from "./geometry.js";
import { type ThemeColors, themeColors } from "./palette.js";
import type { Theme } from "./scene.types.js";

/** What a caller may set on any diagram. */
export interface DiagramOptions {
  /** Light (default) or dark. */
  readonly theme?: Theme;
  /** Width in pixels; the height follows from the content. */
  readonly width?: number;
  /** Draw text labels (default true); the title, description and text equivalent stay either way. */
  readonly labels?: boolean;
  /** A stage id or person id to emphasise. */
  readonly highlight?: string;
  /** Prefix of the element ids, unique per page (default "ascent"). */
  readonly idPrefix?: string;
}

/** Options with every default filled in, plus the theme's colours. */
export interface ResolvedOptions {
  readonly theme: Theme;
  readonly width: number;
  readonly labels: boolean;
  readonly highlight: string | null;
  readonly idPrefix: string;
  readonly colors: ThemeColors;
}

/** The narrowest width any layout accepts; narrower requests are widened to it. */
export const MIN_DIAGRAM_WIDTH = 360;
/** The widest width any layout accepts. */
export const MAX_DIAGRAM_WIDTH = 4000;

/** Fills in defaults; ids keep only characters that are safe in an XML id. */
export function resolveOptions(options: DiagramOptions | undefined, defaultWidth: number): ResolvedOptions {
  const theme = options?.theme === "dark" ? "dark" : "light";
  const requested = options?.width;
  const width =
    requested !== undefined && Number.isFinite(requested)
      ? Math.round(clamp(requested, MIN_DIAGRAM_WIDTH, MAX_DIAGRAM_WIDTH))
      : defaultWidth;
  const prefix = (options?.idPrefix ?? "ascent").replace(/[^A-Za-z0-9_-]/g, "-");
  return {
    theme,
    width,
    labels: options?.labels !== false,
    highlight: options?.highlight ?? null,
    idPrefix: /^[A-Za-z_]/.test(prefix) ? prefix : `d-${prefix}`,
    colors: themeColors(theme),
  };
}
