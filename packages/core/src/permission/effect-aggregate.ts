/**
 * Summaries of many moment effects for the organisation dashboard. Effects without enough data
 * are counted as excluded rather than silently averaged in.
 */
import type { MomentEffect } from "./moment-effect.js";

/** Mean and median of the before/after differences over the effects that have data. */
export interface EffectAggregate {
  /** Effects that took part (data in both windows). */
  readonly count: number;
  /** Effects left out: not extended, or not enough data. */
  readonly excluded: number;
  readonly meanDifference: number | null;
  readonly medianDifference: number | null;
}

/** Aggregates moment effects; nulls and effects with insufficient data are excluded and counted. */
export function aggregateEffect(effects: readonly (MomentEffect | null)[]): EffectAggregate {
  const differences = effects
    .flatMap((e) => (e === null || e.insufficientData || e.difference === null ? [] : [e.difference]))
    .sort((a, b) => a - b);
  const count = differences.length;
  if (count === 0) return { count, excluded: effects.length, meanDifference: null, medianDifference: null };
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? differences[middle]! : (differences[middle - 1]! + differences[middle]!) / 2;
  return {
    count,
    excluded: effects.length - count,
    meanDifference: differences.reduce((sum, d) => sum + d, 0) / count,
    medianDifference: median,
  };
}
