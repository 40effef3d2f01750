/** Turns uploaded bytes into UTF-8 CSV bytes, refusing other encodings with the first bad line. */
import type { OrgChartIssue } from "./org-chart.types.js";

/** The bytes to parse (BOM removed) and their text, or the reason they cannot be read. */
export type DecodedBytes =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly text: string }
  | { readonly ok: false; readonly issue: OrgChartIssue };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const NEWLINE = 0x0a;

/**
 * Checks that `input` is UTF-8 and strips a leading BOM (Excel writes one; it is not an error).
 * Returns bytes rather than a string because csv-parse reports byte offsets, which is how line
 * numbers are computed (see org-chart-csv.parser.ts).
 */
export function decodeOrgChartBytes(input: Uint8Array): DecodedBytes {
  const hasBom = input.length >= 3 && UTF8_BOM.every((byte, i) => input[i] === byte);
  const bytes = hasBom ? input.subarray(3) : input;
  if (looksLikeUtf16(bytes)) {
    return fail(1, "the file is UTF-16 text, not UTF-8 (save it as UTF-8, e.g. “CSV UTF-8” in Excel)");
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, bytes, text };
  } catch {
    return fail(firstBadLine(bytes), "the file is not UTF-8 text (save it as UTF-8)");
  }
}

function fail(line: number, reason: string): DecodedBytes {
  return { ok: false, issue: { line, column: null, reason } };
}

/** A UTF-16 byte-order mark, which the UTF-8 check would otherwise report as a bare "not UTF-8". */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * The 1-based line holding the first invalid sequence. Only runs on failure. Splitting at 0x0A is
 * safe: in UTF-8 that byte never occurs inside a multi-byte character.
 */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return line;
}
