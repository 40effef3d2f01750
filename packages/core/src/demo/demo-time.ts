/**
 * Date arithmetic for the demo, on epoch milliseconds. Everything is derived from the `now`
 * the caller passes in: the core never reads the clock.
 */
import type { IsoDateTime } from "../progression/progression.types.js";
import type { SeededRandom } from "./seeded-random.js";

export const DAY_MS = 86_400_000;

/** Parses an ISO-8601 timestamp, refusing anything the engine could not read back. */
export function parseIso(iso: IsoDateTime): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Not an ISO-8601 timestamp: ${iso}`);
  return ms;
}

/** Formats epoch milliseconds as ISO-8601 UTC with milliseconds. */
export function toIso(ms: number): IsoDateTime {
  return new Date(ms).toISOString();
}

/** Adds a (possibly fractional) number of days. */
export function addDays(ms: number, days: number): number {
  return ms + Math.round(days * DAY_MS);
}

/** Adds calendar months, keeping the day of month where it exists. */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

/** Midnight UTC of the day the instant falls on. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/**
 * Moves an instant to a believable working time on the same day (08:00–17:55 UTC, five-minute
 * steps), never past `notAfter`, so data reads like people wrote it during the day.
 */
export function atWorkingTime(ms: number, random: SeededRandom, notAfter: number): number {
  const day = startOfDay(ms);
  const minutes = random.int(8 * 12, 17 * 12 + 11) * 5;
  const placed = day + minutes * 60_000;
  return Math.min(placed, notAfter);
}
