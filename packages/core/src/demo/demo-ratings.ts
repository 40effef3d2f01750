/**
 * Partial ratings, as people really write them: a check-in rates the stages around where the
 * person works, plus whatever changed since the same assessor kind last looked. Carry-forward
 * then reproduces the person's full profile from far fewer ratings.
 */
import type { Rating } from "../progression/progression.types.js";
import type { DemoStage } from "./demo-path.js";
import type { SeededRandom } from "./seeded-random.js";

/** Which stages a check-in rates: around the working stage, plus whatever differs from what would carry forward. */
export function ratedIndexes(random: SeededRandom, truth: readonly Rating[], carried: readonly Rating[]): number[] {
  const working = truth.findIndex((r) => r !== "established");
  const w = working === -1 ? truth.length - 1 : working;
  const chosen = new Set<number>([w]);
  if (w > 0 && random.chance(0.6)) chosen.add(w - 1);
  if (w + 1 < truth.length && random.chance(0.35)) chosen.add(w + 1);
  truth.forEach((r, i) => {
    if (r !== carried[i]) chosen.add(i);
  });
  return [...chosen].sort((a, b) => a - b);
}

/** The ratings record for the chosen stage indexes, in path order. */
export function pickRatings(
  path: readonly DemoStage[],
  truth: readonly Rating[],
  indexes: readonly number[],
): Record<string, Rating> {
  const ratings: Record<string, Rating> = {};
  for (const i of indexes) ratings[path[i]!.stage.id] = truth[i]!;
  return ratings;
}
