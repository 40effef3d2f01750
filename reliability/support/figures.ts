/**
 * Every reliability test prints its measurements as one block, the same shape each run, so runs
 * can be compared line by line:
 *
 *   ┌ reliability: crash safety — sqlite
 *   │ crashes survived        20
 *   │ writes acknowledged     812
 *   └ writes verified         812
 */

/** A figure: a number, or a short text (a unit may be part of the text). */
export type Figure = number | string;

/** Prints `figures` as one aligned block under `title` (to stdout, in one write). */
export function printFigures(title: string, figures: Readonly<Record<string, Figure>>): void {
  const entries = Object.entries(figures);
  const width = Math.max(0, ...entries.map(([name]) => name.length)) + 2;
  const lines = entries.map(([name, value], index) => {
    const corner = index === entries.length - 1 ? "└" : "│";
    return `${corner} ${name.padEnd(width)}${typeof value === "number" ? formatNumber(value) : value}`;
  });
  process.stdout.write(`\n┌ reliability: ${title}\n${lines.join("\n")}\n`);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Mebibytes from KiB, one decimal, for memory figures. */
export function mebibytes(kiB: number): string {
  return `${(kiB / 1024).toFixed(1)} MiB`;
}
