/**
 * A person's current position: from their latest submitted joint or mentor check-in when one
 * exists, otherwise from their latest self check-in. The self view and the mentor view are kept
 * side by side and never blended into one number.
 */
import type { Framework } from "../framework/framework.types.js";
import { activeCheckIns, type SubmittedCheckIn } from "./active-check-ins.js";
import { effectiveRatings } from "./carry-forward.js";
import { toMillis } from "./iso-time.helper.js";
import { positionFromRatings } from "./position.js";
import type { AssessorKind, CheckIn, EffectiveRating, IsoDateTime, Position } from "./progression.types.js";

/** The position one check-in gives, with the ratings (after carry-forward) behind it. */
export interface PositionView {
  readonly source: AssessorKind;
  readonly checkInId: string;
  /** When that check-in was submitted. */
  readonly at: IsoDateTime;
  readonly position: Position;
  readonly ratings: readonly EffectiveRating[];
}

/** The position that counts (`primary`), and the self and mentor views shown beside it. */
export interface CurrentPosition {
  /** The mentor view when there is one, else the self view; null when nothing is submitted. */
  readonly primary: PositionView | null;
  /** From the latest self check-in. */
  readonly self: PositionView | null;
  /** From the latest joint or mentor check-in (a joint check-in is made with the mentor). */
  readonly mentor: PositionView | null;
}

/** Assessor kinds that make up the mentor view. */
export const MENTOR_VIEW_KINDS: readonly AssessorKind[] = ["mentor", "joint"];

/** The current position of a person from all their check-ins (drafts and superseded ones are ignored). */
export function currentPosition(framework: Framework, checkInsOfPerson: readonly CheckIn[]): CurrentPosition {
  return positionFromActive(framework, activeCheckIns(checkInsOfPerson), checkInsOfPerson);
}

/** The current position as it stood at `at`: only check-ins submitted at or before that moment count. */
export function currentPositionAt(
  framework: Framework,
  checkInsOfPerson: readonly CheckIn[],
  at: IsoDateTime,
): CurrentPosition {
  const cutoff = toMillis(at);
  const active = activeCheckIns(checkInsOfPerson).filter((c) => toMillis(c.submittedAt) <= cutoff);
  return positionFromActive(framework, active, checkInsOfPerson);
}

/** The position view one submitted check-in gives, carrying forward from `history`. */
export function positionView(
  framework: Framework,
  checkIn: SubmittedCheckIn,
  history: readonly CheckIn[],
): PositionView {
  const ratings = effectiveRatings(framework, checkIn, history);
  return {
    source: checkIn.assessorKind,
    checkInId: checkIn.id,
    at: checkIn.submittedAt,
    position: positionFromRatings(framework, ratings),
    ratings,
  };
}

/** Current position from active check-ins sorted oldest first; `history` feeds carry-forward. */
export function positionFromActive(
  framework: Framework,
  activeOldestFirst: readonly SubmittedCheckIn[],
  history: readonly CheckIn[],
): CurrentPosition {
  const latestSelf = activeOldestFirst.findLast((c) => c.assessorKind === "self");
  const latestMentor = activeOldestFirst.findLast((c) => MENTOR_VIEW_KINDS.includes(c.assessorKind));
  const self = latestSelf ? positionView(framework, latestSelf, history) : null;
  const mentor = latestMentor ? positionView(framework, latestMentor, history) : null;
  return { primary: mentor ?? self, self, mentor };
}
