/**
 * Text width estimation and grapheme-safe shortening. Widths come from Inter's advance widths
 * (measured once with resvg at 100px, bold where wider) plus a safety margin, so estimates err wide.
 */
import type { FontWeight } from "./scene.types.js";

// Advance widths in em for ASCII 32..126 (max of Inter Regular and Bold).
const ASCII_EM = [
  0.28, 0.32, 0.4, 0.65, 0.65, 0.86, 0.67, 0.22, 0.41, 0.41, 0.56, 0.68, 0.3, 0.47, 0.3, 0.39, 0.69, 0.49, 0.63, 0.66,
  0.68, 0.64, 0.66, 0.59, 0.66, 0.66, 0.3, 0.3, 0.68, 0.68, 0.68, 0.56, 1.03, 0.75, 0.66, 0.75, 0.73, 0.61, 0.59, 0.76,
  0.75, 0.28, 0.57, 0.69, 0.57, 0.91, 0.75, 0.78, 0.65, 0.78, 0.66, 0.65, 0.67, 0.74, 0.75, 1.04, 0.71, 0.72, 0.67,
  0.41, 0.39, 0.41, 0.49, 0.51, 0.5, 0.58, 0.64, 0.59, 0.64, 0.6, 0.39, 0.63, 0.62, 0.27, 0.27, 0.58, 0.27, 0.91, 0.62,
  0.61, 0.63, 0.63, 0.41, 0.56, 0.4, 0.62, 0.59, 0.85, 0.57, 0.59, 0.57, 0.41, 0.37, 0.41, 0.68,
];

const SAFETY = 1.08;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Matches text in which every UTF-16 unit is a grapheme on its own: printable ASCII, Latin-1 and
 * Latin Extended-A letters and signs (U+00A0–U+017F: precomposed "é", "ć", the "·" of stage titles)
 * and the dashes, quotes and ellipsis of General Punctuation (U+2010–U+2027). None of these is a
 * combining mark, joiner, Hangul jamo or surrogate, so nothing can cluster and the (slow)
 * segmenter would return exactly the single characters.
 */
const ONE_UNIT_PER_GRAPHEME = /^[\x20-\x7e\xa0-\u017f\u2010-\u2027]*$/;

/** Splits text into user-perceived characters (emoji sequences and combining marks stay whole). */
export function graphemes(text: string): string[] {
  // Names and labels are nearly always simple text: skip the segmenter for it.
  if (ONE_UNIT_PER_GRAPHEME.test(text)) return text.split("");
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function graphemeEm(g: string): number {
  const code = g.codePointAt(0) ?? 32;
  if (code >= 32 && code <= 126) return ASCII_EM[code - 32]!;
  if (PICTOGRAPHIC.test(g)) return 1.3;
  if (WIDE.test(g)) return 1.05;
  if (code === 0x2026) return 0.85;
  // Hebrew, Arabic, accented Latin, Greek, Cyrillic: a generous average.
  return 0.72;
}

/** Estimated rendered width of `text` in pixels; conservative (a little wider than Inter draws it). */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  let em = 0;
  if (ONE_UNIT_PER_GRAPHEME.test(text)) {
    // Same sum, in the same order, as over `graphemes(text)`, without building the array.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      em += c <= 0x7e ? ASCII_EM[c - 32]! : graphemeEm(text[i]!);
    }
  } else {
    for (const g of graphemes(text)) em += graphemeEm(g);
  }
  const boldFactor = weight >= 600 ? 1.03 : 1;
  return em * size * SAFETY * boldFactor;
}

/** Text shortened to fit. */
export interface FittedText {
  readonly text: string;
  readonly truncated: boolean;
}

/** Shortens `text` by whole graphemes, ending with "…", so it fits `maxWidth`; never splits an emoji or surrogate pair. */
export function fitText(text: string, maxWidth: number, size: number, weight: FontWeight = 400): FittedText {
  const clean = text.replace(/\s+/g, " ").trim();
  if (textWidth(clean, size, weight) <= maxWidth) return { text: clean, truncated: false };
  const parts = graphemes(clean);
  const ellipsisWidth = textWidth("…", size, weight);
  let used = 0;
  let count = 0;
  for (const g of parts) {
    const w = textWidth(g, size, weight);
    if (used + w + ellipsisWidth > maxWidth) break;
    used += w;
    count += 1;
  }
  const head = parts.slice(0, count).join("").trimEnd();
  return { text: head.length > 0 ? `${head}…` : "…", truncated: true };
}
