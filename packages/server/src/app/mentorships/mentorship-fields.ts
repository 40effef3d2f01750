/** Checks shared by the mentorship use cases: cadence, dates that are not in the future. */
import type { IssueList } from "../validation/issue-list.js";

/** The longest cadence accepted: a check-in at least once a year. */
export const MAX_CADENCE_DAYS = 365;

/** A cadence from 1 to MAX_CADENCE_DAYS days. */
export function cadenceField(issues: IssueList, value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_CADENCE_DAYS) return value;
  issues.add("cadenceDays", `must be a whole number of days from 1 to ${MAX_CADENCE_DAYS}`);
  return undefined;
}

/** An optional ISO timestamp not after `now`; absent means `now`. */
export function pastDateField(issues: IssueList, field: string, value: unknown, now: string): string | undefined {
  if (value === undefined || value === null) return now;
  const at = issues.isoDate(field, value);
  if (at !== undefined && at > now) {
    issues.add(field, "must not be in the future");
    return undefined;
  }
  return at;
}
