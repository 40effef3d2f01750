/**
 * The quick reading of a CSV that has nothing wrong with it, in one pass over the text: what
 * nearly every import is. It gives up (null) at the first thing that is not plainly well formed
 * — a quoting problem, a record with another number of fields than the header, a line ending
 * that differs from the first one, a lone CR — and org-chart-csv.parser.ts then reads the file
 * with csv-parse, whose error reports it turns into messages. A property test holds both readers
 * to the same records on every input this one accepts.
 */
import type { CsvRecord } from "./org-chart-csv.parser.js";

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Told how far the reading is, in characters of the text. */
export type ReadProgress = (doneChars: number, totalChars: number) => void;

/** Records between two progress reports. */
const PROGRESS_EVERY = 2048;

/**
 * Every record of `text` (header first) with the line it starts on, or null when the text is
 * not plainly well formed. Empty lines are skipped, as csv-parse's `skip_empty_lines` does.
 */
export function readWellFormedCsv(text: string, onProgress?: ReadProgress): CsvRecord[] | null {
  const length = text.length;
  const records: CsvRecord[] = [];
  let crlf: boolean | null = null; // the file's line ending, from its first one
  let line = 1;
  let width = -1; // fields per record, from the header
  let at = 0;
  onProgress?.(0, length);
  while (at < length) {
    // Empty lines between records.
    const first = text.charCodeAt(at);
    if (first === LF || first === CR) {
      const ending = lineEnding(text, at, crlf);
      if (ending === 0) return null;
      crlf = ending === 2;
      line += 1;
      at += ending;
      continue;
    }
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(at) === QUOTE) {
        // A quoted field: runs to the next quote not doubled; may hold commas and line breaks.
        let from = at + 1;
        let parts = "";
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) return null; // never closed
          for (let nl = text.indexOf("\n", from); nl !== -1 && nl < close; nl = text.indexOf("\n", nl + 1)) line += 1;
          if (text.charCodeAt(close + 1) === QUOTE) {
            parts += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value = parts + text.slice(from, close);
          at = close + 1;
          break;
        }
        const next = text.charCodeAt(at);
        if (at < length && next !== COMMA && next !== CR && next !== LF) return null; // text after the closing quote
      } else {
        let end = at;
        for (; end < length; end++) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) return null; // a quote inside an unquoted value
        }
        value = text.slice(at, end);
        at = end;
      }
      fields.push(value);
      if (at >= length) break;
      const c = text.charCodeAt(at);
      if (c === COMMA) {
        at += 1;
        // A comma at the very end still opens one more (empty) field.
        if (at >= length) fields.push("");
        if (at >= length) break;
        continue;
      }
      const ending = lineEnding(text, at, crlf);
      if (ending === 0) return null;
      crlf = ending === 2;
      line += 1;
      at += ending;
      break;
    }
    if (width === -1) width = fields.length;
    else if (fields.length !== width) return null;
    records.push({ line: start, fields });
    if (onProgress && records.length % PROGRESS_EVERY === 0) onProgress(at, length);
  }
  return records;
}

/**
 * The length of the line ending at `at` (1 for LF, 2 for CRLF), or 0 when it is not the file's
 * line ending (the first one decides, as csv-parse does) or is a lone CR.
 */
function lineEnding(text: string, at: number, crlf: boolean | null): number {
  const c = text.charCodeAt(at);
  if (c === LF) return crlf === true ? 0 : 1;
  if (c === CR && text.charCodeAt(at + 1) === LF) return crlf === false ? 0 : 2;
  return 0;
}
