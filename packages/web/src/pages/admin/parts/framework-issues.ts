/**
 * The problems a framework upload was refused for, read from the API's field issues: `field` is
 * the path in the document (`levels[1].stages[0].name`, or `source` for the whole text) and
 * `reason` starts with "line N: " when the line is known.
 */
import type { FieldIssue } from "../../../api/api-error.js";

/** One problem, with its line when known. */
export interface FrameworkProblem {
  readonly line: number | null;
  /** Where in the document; null for the text as a whole. */
  readonly path: string | null;
  readonly reason: string;
}

const LINE = /^line (\d+):\s*/i;

/** The problems in the order of their lines (those without a line last). */
export function frameworkProblems(details: readonly FieldIssue[]): FrameworkProblem[] {
  const problems = details.map((d): FrameworkProblem => {
    const match = LINE.exec(d.reason);
    return {
      line: match ? Number(match[1]) : null,
      path: d.field === "source" || d.field === "" ? null : d.field,
      reason: match ? d.reason.slice(match[0].length) : d.reason,
    };
  });
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? Number.MAX_SAFE_INTEGER) - (b.p.line ?? Number.MAX_SAFE_INTEGER) || a.i - b.i)
    .map(({ p }) => p);
}

/** The problems of each line, for drawing them under it. */
export function problemsByLine(problems: readonly FrameworkProblem[]): Map<number, FrameworkProblem[]> {
  const byLine = new Map<number, FrameworkProblem[]>();
  for (const p of problems) {
    if (p.line === null) continue;
    byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  }
  return byLine;
}

/** The character range of 1-based `line` in `text`, to select it in the editor. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return { start, end: end < 0 ? text.length : end };
}
