/**
 * Date arithmetic on ISO-8601 UTC timestamps. The core never reads the clock: every "now"
 * arrives as a parameter, and these helpers only parse and compare what they are given.
 */
import { DomainError } from "../domain-error.js";
import type { IsoDateTime } from "./progression.types.js";

const MS_PER_DAY = 86_400_000;
/** A mean Gregorian year, so "per year" does not depend on whether a window spans Feb 29. */
const MS_PER_YEAR = 365.25 * MS_PER_DAY;

/** Milliseconds since the epoch, or NaN when the text is not a timestamp. */
export function parseIso(value: IsoDateTime): number {
  // Date.parse accepts many shapes; requiring a date-time with a zone keeps stored data unambiguous.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return Number.NaN;
  return Date.parse(value);
}

/** True when the text is an ISO-8601 timestamp with a zone. */
export function isIsoDateTime(value: unknown): value is IsoDateTime {
  return typeof value === "string" && !Number.isNaN(parseIso(value));
}

/** Milliseconds since the epoch; throws `invalid_date` for anything that is not a timestamp. */
export function toMillis(value: IsoDateTime): number {
  const ms = parseIso(value);
  if (Number.isNaN(ms)) throw new DomainError("invalid_date", `"${value}" is not an ISO-8601 timestamp`, { value });
  return ms;
}

/** The canonical form Ascent stores: ISO-8601 UTC with milliseconds. */
export function fromMillis(ms: number): IsoDateTime {
  return new Date(ms).toISOString();
}

/** Negative when `a` is earlier than `b`, positive when later, 0 when the same instant. */
export function compareIso(a: IsoDateTime, b: IsoDateTime): number {
  return toMillis(a) - toMillis(b);
}

/** The timestamp `months` calendar months later (or earlier when negative), clamped to the month's last day. */
export function addMonths(at: IsoDateTime, months: number): IsoDateTime {
  const date = new Date(toMillis(at));
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  // Jan 31 + 1 month is the last day of February, not March 3rd.
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString();
}

/** Days (fractional) from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDateTime, to: IsoDateTime): number {
  return (toMillis(to) - toMillis(from)) / MS_PER_DAY;
}

/** Years (fractional, mean Gregorian year) from `from` to `to`. */
export function yearsBetween(from: IsoDateTime, to: IsoDateTime): number {
  return (toMillis(to) - toMillis(from)) / MS_PER_YEAR;
}
