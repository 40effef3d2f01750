/**
 * What `ascent import` shows on stderr while a large file is checked and written. On a terminal:
 * one progress bar redrawn in place (coloured unless NO_COLOR is set). Anywhere else (a log, a
 * pipe, CI): no bar, just one line as each phase starts, so a log is not flooded with redraws.
 */
import type { OrgChartProgress } from "../../import/index.js";
import { coloursFor } from "../support/terminal.js";

/** Receives the import's progress; `done` clears the bar and prints a closing line. */
export interface ImportProgress {
  update(progress: OrgChartProgress): void;
  done(text?: string): void;
}

/** Where the bar is drawn and what it reads the time from (tests pass their own). */
export interface ImportProgressOptions {
  readonly stream?: NodeJS.WriteStream;
  readonly env?: NodeJS.ProcessEnv;
  readonly clock?: () => number;
}

/** Redraws at most this often: a terminal cannot show more, and each redraw costs a write. */
const REDRAW_MS = 80;
const BAR_WIDTH = 24;

const number = (n: number) => n.toLocaleString("en");
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** `checking 2.5 of 5.1 MB` / `writing 52,000 of 200,000 rows`. */
function detail(progress: OrgChartProgress): string {
  return progress.phase === "checking"
    ? `checking ${megabytes(progress.done)} of ${megabytes(progress.total)} MB`
    : `writing ${number(progress.done)} of ${number(progress.total)} rows`;
}

/** The progress display for importing `file`. */
export function importProgress(file: string, options: ImportProgressOptions = {}): ImportProgress {
  const stream = options.stream ?? process.stderr;
  return stream.isTTY === true ? progressBar(file, stream, options) : phaseLines(file, stream);
}

/** A bar redrawn in place: `people.csv ████████░░░░  52%  writing 52,000 of 100,000 rows`. */
function progressBar(file: string, stream: NodeJS.WriteStream, options: ImportProgressOptions): ImportProgress {
  const colours = coloursFor(stream, options.env);
  const clock = options.clock ?? Date.now;
  let drawn = false;
  let lastAt = Number.NEGATIVE_INFINITY;
  let lastPhase = "";
  return {
    update(progress) {
      const finished = progress.done >= progress.total;
      const now = clock();
      // Always draw a new phase and its end; in between, no more than one redraw per REDRAW_MS.
      if (progress.phase === lastPhase && !finished && now - lastAt < REDRAW_MS) return;
      lastAt = now;
      lastPhase = progress.phase;
      const fraction = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 1;
      const filled = Math.round(fraction * BAR_WIDTH);
      const bar = colours.cyan("█".repeat(filled)) + colours.dim("░".repeat(BAR_WIDTH - filled));
      const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
      const text = `${percent}  ${detail(progress)}`;
      // Never wider than the terminal: a wrapped line cannot be redrawn in place.
      const columns = stream.columns || 80;
      const room = columns - 1 - (BAR_WIDTH + 1) - text.length - 2;
      const name = room <= 0 ? "" : file.length <= room ? `${file} ` : `…${file.slice(file.length - room + 2)} `;
      stream.write(`\r\x1b[2K${name}${bar}  ${text}`);
      drawn = true;
    },
    done(text) {
      if (drawn) stream.write("\r\x1b[2K");
      drawn = false;
      lastPhase = "";
      if (text) stream.write(`${text}\n`);
    },
  };
}

/** One line per phase, for logs and pipes. */
function phaseLines(file: string, stream: NodeJS.WriteStream): ImportProgress {
  let lastPhase = "";
  return {
    update(progress) {
      if (progress.phase === lastPhase) return;
      lastPhase = progress.phase;
      stream.write(
        progress.phase === "checking"
          ? `${file}: checking ${megabytes(progress.total)} MB…\n`
          : `${file}: writing ${number(progress.total)} rows…\n`,
      );
    },
    done(text) {
      lastPhase = "";
      if (text) stream.write(`${text}\n`);
    },
  };
}
