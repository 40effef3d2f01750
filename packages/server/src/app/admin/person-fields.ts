/** Checks shared by creating and editing a person: email shape and uniqueness, an existing team. */

import { accountWithEmail, peopleWithEmail } from "../../store/repositories/person-account.repository.js";
import type { Db } from "../../store/repositories/store.types.js";
import { findTeamRecord } from "../../store/repositories/team-record.repository.js";
import { AppError, AppErrorCode } from "../errors/app-error.js";
import type { IssueList } from "../validation/issue-list.js";

/** Longest address (RFC 5321). */
const MAX_EMAIL_LENGTH = 254;

/** A trimmed, lower-case email address (the form accounts sign in with), or undefined with an issue. */
export function emailField(issues: IssueList, field: string, value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") {
    issues.add(field, "is required");
    return undefined;
  }
  const email = value.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH) issues.add(field, `must be at most ${MAX_EMAIL_LENGTH} characters`);
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) issues.add(field, "must be an email address");
  else return email;
  return undefined;
}

/** A team id, or null for "no team"; undefined (with an issue) for anything else. */
export function teamIdField(issues: IssueList, field: string, value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === "string" && value.trim() !== "" && value.length <= 64) return value;
  issues.add(field, "must be a team id or null");
  return undefined;
}

/** Refuses (409 conflict, naming `email`) an address another person or another account already uses. */
export async function requireEmailFree(db: Db, email: string, personId: string | null): Promise<void> {
  const people = await peopleWithEmail(db, email, personId ?? undefined);
  const account = await accountWithEmail(db, email);
  // Any account counts, even one no person holds: signing in with the address would be ambiguous.
  const otherAccount = account !== undefined && (personId === null || account.personId !== personId);
  if (people.length > 0 || otherAccount) {
    throw new AppError(AppErrorCode.Conflict, "Someone else already uses this email address", [
      { field: "email", reason: "is already used by someone else" },
    ]);
  }
}

/** Refuses (400, naming `field`) a team that does not exist. */
export async function requireTeam(db: Db, teamId: string, field: string): Promise<void> {
  if (!(await findTeamRecord(db, teamId))) {
    throw new AppError(AppErrorCode.ValidationFailed, `Invalid input: ${field} is not a team`, [
      { field, reason: "is not a team" },
    ]);
  }
}
