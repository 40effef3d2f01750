/**
 * When the weekly digest goes out: a weekday and an hour, in UTC (default Monday 08:00), from
 * ASCENT_DIGEST_DAY and ASCENT_DIGEST_HOUR. Each week is keyed by its scheduled instant, so every
 * instance of a deployment names the same week the same way.
 */
import { ConfigError } from "../../config/config.js";

/** The weekday (0 = Sunday … 6 = Saturday, as Date.getUTCDay) and UTC hour the digest is sent at. */
export interface DigestSchedule {
  readonly weekday: number;
  readonly hour: number;
}

/** Monday 08:00 UTC. */
export const DEFAULT_DIGEST_SCHEDULE: DigestSchedule = { weekday: 1, hour: 8 };

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** How late a week's digest may still go out (a server that was down at the hour sends on start). */
export const DIGEST_CATCH_UP_MS = 24 * 3_600_000;

/** The schedule the environment asks for; a ConfigError names the variable at fault. */
export function digestScheduleFromEnv(env: NodeJS.ProcessEnv): DigestSchedule {
  const day = env.ASCENT_DIGEST_DAY?.trim().toLowerCase();
  const hour = env.ASCENT_DIGEST_HOUR?.trim();
  let weekday = DEFAULT_DIGEST_SCHEDULE.weekday;
  if (day) {
    const index = WEEKDAYS.findIndex((name) => name === day || name.slice(0, 3) === day);
    if (index < 0) throw new ConfigError("ASCENT_DIGEST_DAY", `must be a weekday such as monday, got "${day}"`);
    weekday = index;
  }
  let h = DEFAULT_DIGEST_SCHEDULE.hour;
  if (hour) {
    if (!/^\d{1,2}$/.test(hour) || Number(hour) > 23) {
      throw new ConfigError("ASCENT_DIGEST_HOUR", `must be a whole hour from 0 to 23 (UTC), got "${hour}"`);
    }
    h = Number(hour);
  }
  return { weekday, hour: h };
}

/** The weekday's name, for messages ("monday"). */
export function weekdayName(schedule: DigestSchedule): string {
  return WEEKDAYS[schedule.weekday] ?? "monday";
}

/** The latest scheduled instant at or before `now`, as an ISO timestamp. */
export function latestScheduledInstant(now: string, schedule: DigestSchedule): string {
  const at = new Date(now);
  const candidate = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), schedule.hour));
  const daysBack = (candidate.getUTCDay() - schedule.weekday + 7) % 7;
  candidate.setUTCDate(candidate.getUTCDate() - daysBack);
  if (candidate.getTime() > at.getTime()) candidate.setUTCDate(candidate.getUTCDate() - 7);
  return candidate.toISOString();
}

/**
 * The week whose digest is due at `now` (its scheduled instant), or null when none is: before the
 * hour, or more than a day after it (a weekly mail two days late helps nobody; next week's comes).
 */
export function dueDigestWeek(now: string, schedule: DigestSchedule): string | null {
  const week = latestScheduledInstant(now, schedule);
  return Date.parse(now) - Date.parse(week) < DIGEST_CATCH_UP_MS ? week : null;
}
