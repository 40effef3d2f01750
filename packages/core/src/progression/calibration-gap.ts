/**
 * Calibration: where a person's own view and their mentor's view disagree. Shown to leads and
 * mentors as a conversation starter; the two views are compared, never averaged.
 */
import type { Framework, StageId } from "../framework/framework.types.js";
import { ratingMap } from "./position.js";
import type { EffectiveRating, Position, Rating } from "./progression.types.js";
import { orderedStageIds } from "./stage-order.helper.js";

/** A view to calibrate: a position and the ratings behind it (a `PositionView` fits). */
export interface CalibrationInput {
  readonly position: Position;
  readonly ratings: readonly EffectiveRating[];
}

/** A stage where self and mentor rate differently. */
export interface StageDisagreement {
  readonly stageId: StageId;
  readonly self: Rating;
  readonly mentor: Rating;
}

/** How far apart the self and mentor views are. */
export interface CalibrationGap {
  /** Self progress minus mentor progress: positive when people place themselves further than their mentor does. */
  readonly progressDifference: number;
  /** Stages rated differently, in path order. */
  readonly disagreements: readonly StageDisagreement[];
}

/** The gap between a self view and a mentor view; null when either view is missing. */
export function calibrationGap(
  framework: Framework,
  self: CalibrationInput | null,
  mentor: CalibrationInput | null,
): CalibrationGap | null {
  if (self === null || mentor === null) return null;
  const selfRatings = ratingMap(self.ratings);
  const mentorRatings = ratingMap(mentor.ratings);
  const disagreements = orderedStageIds(framework).flatMap((stageId): StageDisagreement[] => {
    const s = selfRatings.get(stageId) ?? "not_yet";
    const m = mentorRatings.get(stageId) ?? "not_yet";
    return s === m ? [] : [{ stageId, self: s, mentor: m }];
  });
  return { progressDifference: self.position.progress - mentor.position.progress, disagreements };
}
