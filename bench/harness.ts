/**
 * A tiny benchmark harness. Targets are ratios against a baseline measured in the same run
 * (never absolute times: a shared machine's speed varies from minute to minute).
 */
import { performance } from "node:perf_hooks";

/** Median duration in milliseconds of `fn` over `runs` runs, after `warmup` unmeasured runs. */
export async function medianMs(fn: () => unknown, { runs = 15, warmup = 3 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export interface RatioLine {
  readonly name: string;
  readonly medianMs: number;
  readonly baselineName: string;
  readonly baselineMs: number;
  /** Upper bound on medianMs / baselineMs; the line says whether it holds. */
  readonly target?: number;
}

/** Prints one benchmark line: the median, the baseline and the ratio (with the target when there is one). */
export function printRatio(line: RatioLine): boolean {
  const ratio = line.medianMs / line.baselineMs;
  const ok = line.target === undefined || ratio <= line.target;
  const target = line.target === undefined ? "" : `  target ≤ ${line.target}× ${ok ? "✓" : "✗ MISSED"}`;
  console.log(
    `${line.name.padEnd(46)} ${line.medianMs.toFixed(2).padStart(9)} ms   ${line.baselineName} ${line.baselineMs
      .toFixed(2)
      .padStart(8)} ms   ratio ${ratio.toFixed(2).padStart(6)}×${target}`,
  );
  return ok;
}
