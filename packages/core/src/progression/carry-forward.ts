/**
 * Carry-forward: a check-in may rate only some stages. Each stage it leaves out takes the latest
 * rating of that stage by the same assessor kind for the same person, from earlier active
 * check-ins; with none, it is `not_yet`. Either way it is marked as carried.
 */
import type { Framework, Stage } from "../framework/framework.types.js";
import { activeCheckIns, compareBySubmission, isSubmitted, type SubmittedCheckIn } from "./active-check-ins.js";
import type { CheckIn, EffectiveRating, Rating } from "./progression.types.js";
import { isRating } from "./rating.helper.js";

/**
 * The rating of every stage of the framework, in path order, as seen from `checkIn`: its own
 * ratings, then ratings carried from `history` (drafts and superseded check-ins never count).
 */
export function effectiveRatings(
  framework: Framework,
  checkIn: CheckIn,
  history: readonly CheckIn[],
): readonly EffectiveRating[] {
  const earlierNewestFirst = earlierCheckIns(checkIn, history).reverse();
  return framework.levels.flatMap((level) =>
    level.stages.map((stage): EffectiveRating => {
      const own = ratingOf(checkIn, stage);
      if (own !== undefined) return { stageId: stage.id, rating: own, carried: false, sourceCheckInId: checkIn.id };
      for (const earlier of earlierNewestFirst) {
        const rating = ratingOf(earlier, stage);
        if (rating !== undefined) return { stageId: stage.id, rating, carried: true, sourceCheckInId: earlier.id };
      }
      return { stageId: stage.id, rating: "not_yet", carried: true };
    }),
  );
}

/**
 * The check-ins that may feed `checkIn`, oldest first: same person, same assessor kind, active,
 * and submitted before it (for a draft: all of them). The check-in a correction supersedes is
 * left out even while the correction is a draft, since it is the thing being corrected.
 */
export function earlierCheckIns(checkIn: CheckIn, history: readonly CheckIn[]): SubmittedCheckIn[] {
  return activeCheckIns(history).filter(
    (c) =>
      c.personId === checkIn.personId &&
      c.assessorKind === checkIn.assessorKind &&
      c.id !== checkIn.id &&
      c.id !== checkIn.supersedes &&
      (!isSubmitted(checkIn) || compareBySubmission(c, checkIn) < 0),
  );
}

/** The check-in's rating of a stage, also found under an id the stage replaces (older framework versions). */
function ratingOf(checkIn: CheckIn, stage: Stage): Rating | undefined {
  for (const id of [stage.id, ...stage.replaces]) {
    const rating = checkIn.ratings[id];
    if (isRating(rating)) return rating;
  }
  return undefined;
}
