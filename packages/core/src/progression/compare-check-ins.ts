/**
 * Comparing two views of a person, stage by stage: what moved, which way, and how far the
 * progress number moved. Comparing b with a is always the mirror of comparing a with b.
 */
import type { Framework, StageId } from "../framework/framework.types.js";
import { effectiveRatings } from "./carry-forward.js";
import { positionFromRatings, type RatingsInput, ratingMap } from "./position.js";
import type { CheckIn, Position, Rating } from "./progression.types.js";
import { type RatingDirection, ratingDirection } from "./rating.helper.js";
import { orderedStageIds } from "./stage-order.helper.js";

/** How one stage's rating differs between two views. */
export interface StageChange {
  readonly stageId: StageId;
  readonly from: Rating;
  readonly to: Rating;
  readonly direction: RatingDirection;
}

/** Two sets of ratings side by side. */
export interface RatingsComparison {
  /** Every stage of the framework, in path order. */
  readonly changes: readonly StageChange[];
  /** The stages whose rating differs, in path order. */
  readonly changedStageIds: readonly StageId[];
  readonly fromPosition: Position;
  readonly toPosition: Position;
  /** `to` progress minus `from` progress. */
  readonly progressDelta: number;
}

/** Two check-ins side by side. */
export interface CheckInComparison extends RatingsComparison {
  readonly fromCheckInId: string;
  readonly toCheckInId: string;
}

/** Compares two sets of ratings stage by stage (a missing rating counts as not_yet). */
export function compareRatings(framework: Framework, from: RatingsInput, to: RatingsInput): RatingsComparison {
  const fromMap = ratingMap(from);
  const toMap = ratingMap(to);
  const changes = orderedStageIds(framework).map((stageId): StageChange => {
    const a = fromMap.get(stageId) ?? "not_yet";
    const b = toMap.get(stageId) ?? "not_yet";
    return { stageId, from: a, to: b, direction: ratingDirection(a, b) };
  });
  const fromPosition = positionFromRatings(framework, from);
  const toPosition = positionFromRatings(framework, to);
  return {
    changes,
    changedStageIds: changes.filter((c) => c.direction !== "same").map((c) => c.stageId),
    fromPosition,
    toPosition,
    progressDelta: toPosition.progress - fromPosition.progress,
  };
}

/**
 * Compares check-in `a` (from) with `b` (to) after carry-forward from `history`; by default each
 * carries forward only from the other, so two partial check-ins of one assessor compare sensibly.
 */
export function compareCheckIns(
  framework: Framework,
  a: CheckIn,
  b: CheckIn,
  history: readonly CheckIn[] = [a, b],
): CheckInComparison {
  return {
    fromCheckInId: a.id,
    toCheckInId: b.id,
    ...compareRatings(framework, effectiveRatings(framework, a, history), effectiveRatings(framework, b, history)),
  };
}
