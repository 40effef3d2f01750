/**
 * The views a check-in is compared with, per stage: the previous rating by the same kind of
 * assessor (what carries forward) and the latest rating from the other view (self vs mentor).
 */
import { activeCheckIns, type CheckIn, type EffectiveRating, effectiveRatings, type Framework } from "@ascent/core";

/** One earlier rating of a stage and where it came from. */
export interface EarlierRating {
  readonly rating: EffectiveRating["rating"];
  readonly at: string | null;
  /** False when even that view never rated the stage (it defaulted to not yet). */
  readonly rated: boolean;
}

/** Per stage id: the previous same-kind rating and the other view's. */
export interface CheckInViews {
  readonly previous: ReadonlyMap<string, EarlierRating>;
  readonly other: ReadonlyMap<string, EarlierRating>;
  /** "your mentor's view" or "their own view", for labels. */
  readonly otherLabel: string;
  readonly otherAt: string | null;
}

function toMap(ratings: readonly EffectiveRating[], history: readonly CheckIn[]): Map<string, EarlierRating> {
  const dates = new Map(history.map((c) => [c.id, c.submittedAt ?? null]));
  return new Map(
    ratings.map((r) => [
      r.stageId,
      {
        rating: r.rating,
        at: r.sourceCheckInId ? (dates.get(r.sourceCheckInId) ?? null) : null,
        rated: r.sourceCheckInId !== undefined,
      },
    ]),
  );
}

/** The comparison views of `checkIn` against the person's history. */
export function checkInViews(
  framework: Framework,
  checkIn: CheckIn,
  history: readonly CheckIn[],
  selfIsViewer: boolean,
): CheckInViews {
  const previous = toMap(effectiveRatings(framework, { ...checkIn, ratings: {} }, history), history);
  const otherKinds = checkIn.assessorKind === "self" ? ["mentor", "joint"] : ["self"];
  const latestOther = activeCheckIns(history)
    .filter((c) => c.personId === checkIn.personId && otherKinds.includes(c.assessorKind))
    .at(-1);
  const other = latestOther ? toMap(effectiveRatings(framework, latestOther, history), history) : new Map();
  const otherLabel =
    checkIn.assessorKind === "self" ? "Your mentor's view" : selfIsViewer ? "Your own view" : "Their own view";
  return { previous, other, otherLabel, otherAt: latestOther?.submittedAt ?? null };
}
