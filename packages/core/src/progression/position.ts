/**
 * Where a set of ratings places a person on the path: reached = the highest stage k with
 * stages 1..k all established; working on = stage k+1; progress = k, plus 0.5 when stage k+1
 * is emerging. Stages established above the first gap are foundation gaps: shown, not hidden.
 */
import type { Framework, StageId } from "../framework/framework.types.js";
import type { EffectiveRating, Position, Rating } from "./progression.types.js";
import { isRating } from "./rating.helper.js";
import { orderedStageIds } from "./stage-order.helper.js";

/** Ratings keyed by stage id, or effective ratings as `effectiveRatings` returns them. */
export type RatingsInput = readonly EffectiveRating[] | Readonly<Record<StageId, Rating>>;

/** The position a set of ratings gives on the framework's path; a stage without a rating counts as not_yet. */
export function positionFromRatings(framework: Framework, ratings: RatingsInput): Position {
  const stageIds = orderedStageIds(framework);
  const byStage = ratingMap(ratings);
  const ratingAt = (index: number): Rating => byStage.get(stageIds[index] ?? "") ?? "not_yet";

  let reached = 0;
  while (reached < stageIds.length && ratingAt(reached) === "established") reached += 1;

  const workingOnStageId = stageIds[reached] ?? null;
  const foundationGaps = stageIds.filter((_, index) => index > reached && ratingAt(index) === "established");
  return {
    reached,
    reachedStageId: reached > 0 ? (stageIds[reached - 1] ?? null) : null,
    workingOnStageId,
    progress: reached + (workingOnStageId !== null && ratingAt(reached) === "emerging" ? 0.5 : 0),
    foundationGaps,
  };
}

/** Normalises either ratings shape into a map; values that are not ratings are ignored. */
export function ratingMap(ratings: RatingsInput): ReadonlyMap<StageId, Rating> {
  const entries: [StageId, unknown][] = Array.isArray(ratings)
    ? (ratings as readonly EffectiveRating[]).map((r) => [r.stageId, r.rating])
    : Object.entries(ratings);
  return new Map(entries.filter((entry): entry is [StageId, Rating] => isRating(entry[1])));
}
