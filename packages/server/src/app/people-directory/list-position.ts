/**
 * A position as a list row shows it, derived from the read model's progress number alone
 * (progress = stages reached, + 0.5 when the next one is emerging), so a page of 100 people
 * costs one query — never their check-in history.
 */
import type { PathStage } from "@ascent/core";

/** One view (self, or mentor) of where a person stands. */
export interface ListPosition {
  /** 0–N: stages reached, plus 0.5 when the next stage is emerging. */
  readonly progress: number;
  /** The highest stage with every stage up to it established; null before the first. */
  readonly reachedStageId: string | null;
  /** The stage after it; null once every stage is reached. */
  readonly workingOnStageId: string | null;
}

/** The position a progress number stands for on `path`; null for no view. */
export function listPosition(path: readonly PathStage[], progress: number | null): ListPosition | null {
  if (progress === null) return null;
  const reached = Math.max(0, Math.min(path.length, Math.floor(progress)));
  return {
    progress,
    reachedStageId: reached === 0 ? null : (path[reached - 1]?.stage.id ?? null),
    workingOnStageId: path[reached]?.stage.id ?? null,
  };
}
