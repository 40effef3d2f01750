/**
 * CSV bytes → records with the physical line each starts on. A well-formed file takes the quick
 * path; anything else is read by csv-parse, strict (no relax options): a record with too many or
 * too few fields is reported, not guessed at.
 */
import { CsvError, parse } from "csv-parse/sync";
import type { OrgChartIssue } from "./org-chart.types.js";
import { readWellFormedCsv } from "./well-formed-csv.reader.js";

/** One CSV record: the line it starts on and its raw field values. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** The header record (null for an empty file), the data records and what could not be parsed. */
export interface ParsedCsv {
  readonly header: CsvRecord | null;
  readonly records: readonly CsvRecord[];
  readonly issues: readonly OrgChartIssue[];
}

const CR = 0x0d;
const LF = 0x0a;

/** Records between two progress reports: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 2048;

/** Stops the parse: after a quoting error csv-parse cannot tell where the next record starts. */
class StopParsing extends Error {}

/** What the parse may be given besides the bytes. */
export interface ParseOptions {
  /** The bytes already decoded (the decoder has them), to save decoding them again. */
  readonly text?: string;
  /** Told how many of the bytes are read so far. */
  readonly onProgress?: (doneBytes: number, totalBytes: number) => void;
}

/**
 * Parses UTF-8 CSV bytes (BOM already removed) into the header, the records with the line each
 * starts on, and every problem. A well-formed file is read in one quick pass
 * (well-formed-csv.reader.ts); any other is read by csv-parse, which names its problems.
 */
export function parseOrgChartCsv(bytes: Uint8Array, options: ParseOptions = {}): ParsedCsv {
  const text = options.text ?? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const onProgress = options.onProgress;
  const quick = readWellFormedCsv(
    text,
    onProgress && ((done, total) => onProgress(Math.round((done / Math.max(1, total)) * bytes.length), bytes.length)),
  );
  if (quick !== null) {
    const [header = null, ...records] = quick;
    return { header, records, issues: [] };
  }
  return parseOrgChartCsvThoroughly(bytes, onProgress);
}

/**
 * Parses with csv-parse, reporting every problem. Line numbers are computed from csv-parse's
 * byte offsets rather than its `lines` counter, which counts a quoted CRLF as two lines.
 * Field-count errors are collected for every record; a quoting error ends the parse, since every
 * later record would be misread.
 */
export function parseOrgChartCsvThoroughly(
  bytes: Uint8Array,
  onProgress?: (doneBytes: number, totalBytes: number) => void,
): ParsedCsv {
  const lineOf = lineLocator(bytes);
  const all: CsvRecord[] = [];
  const issues: OrgChartIssue[] = [];
  let previousEnd = 0;
  // Records are delimited by newlines; blank lines between them are skipped by csv-parse, so the
  // record starts at the first byte after the previous record that is not a line break.
  const startLine = () => lineOf(skipLineBreaks(bytes, previousEnd));
  const headerName = (index: number) => (all[0]?.fields[index] ?? "").trim() || `column ${index + 1}`;
  onProgress?.(0, bytes.length);

  try {
    parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      bom: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_record: (record: string[], context) => {
        all.push({ line: startLine(), fields: record });
        previousEnd = context.bytes;
        if (onProgress && all.length % PROGRESS_EVERY === 0) onProgress(previousEnd, bytes.length);
        return null;
      },
      on_skip: (error) => {
        if (!error) return undefined;
        const line = startLine();
        if (error.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") {
          issues.push(fieldCountIssue(line, error, all[0]?.fields.length ?? 0, headerName));
          previousEnd = Number(error.bytes);
          return undefined;
        }
        issues.push(quotingIssue(line, error, headerName));
        throw new StopParsing();
      },
    });
  } catch (error) {
    if (!(error instanceof StopParsing || error instanceof CsvError)) throw error;
    if (error instanceof CsvError) issues.push(quotingIssue(startLine(), error, headerName));
  }
  const [header = null, ...records] = all;
  return { header, records, issues };
}

function fieldCountIssue(
  line: number,
  error: CsvError,
  expected: number,
  headerName: (index: number) => string,
): OrgChartIssue {
  const got = Array.isArray(error.record) ? error.record.length : 0;
  const fields = (n: number) => `${n} field${n === 1 ? "" : "s"}`;
  if (got < expected) {
    return {
      line,
      column: headerName(got),
      reason: `has ${fields(got)} but the header has ${expected}: “${headerName(got)}” and later are missing`,
    };
  }
  return {
    line,
    column: null,
    reason: `has ${fields(got)} but the header has ${expected} (put a value containing a comma in "double quotes")`,
  };
}

function quotingIssue(line: number, error: CsvError, headerName: (index: number) => string): OrgChartIssue {
  const column = typeof error.index === "number" ? headerName(error.index) : null;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return { line, column, reason: 'a quoted value starting here is never closed (a missing ")' };
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return { line, column, reason: 'text follows a closing quote (write a quote inside a quoted value as "")' };
    default:
      return { line, column, reason: `the CSV cannot be read here: ${error.message}` };
  }
}

function skipLineBreaks(bytes: Uint8Array, offset: number): number {
  let at = offset;
  while (at < bytes.length && (bytes[at] === LF || bytes[at] === CR)) at += 1;
  return at;
}

/** A function from byte offset to 1-based line number (binary search over the newline offsets). */
function lineLocator(bytes: Uint8Array): (offset: number) => number {
  const newlines: number[] = [];
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) newlines.push(at);
  return (offset) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((newlines[mid] ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}
