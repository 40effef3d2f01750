/**
 * Ratings are ordered: not_yet < emerging < established. Everything that compares or
 * validates a rating goes through here so the order lives in one place.
 */
import type { Rating } from "./progression.types.js";

/** Every rating, lowest first. */
export const RATINGS: readonly Rating[] = ["not_yet", "emerging", "established"];

/** True when the value is one of the three ratings. */
export function isRating(value: unknown): value is Rating {
  return typeof value === "string" && (RATINGS as readonly string[]).includes(value);
}

/** 0 for not_yet, 1 for emerging, 2 for established. */
export function ratingRank(rating: Rating): number {
  return RATINGS.indexOf(rating);
}

/** Which way a rating moved from one view to another. */
export type RatingDirection = "up" | "down" | "same";

/** The direction from `from` to `to`. */
export function ratingDirection(from: Rating, to: Rating): RatingDirection {
  const delta = ratingRank(to) - ratingRank(from);
  return delta > 0 ? "up" : delta < 0 ? "down" : "same";
}
