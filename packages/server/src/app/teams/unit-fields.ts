/** Checks shared by team and group edits: a free name, an existing group. */
import { findGroupRecord, groupNamed } from "../../store/repositories/group-record.repository.js";
import type { Db } from "../../store/repositories/store.types.js";
import { teamNamed } from "../../store/repositories/team-record.repository.js";
import { AppError, AppErrorCode } from "../errors/app-error.js";
import type { IssueList } from "../validation/issue-list.js";

/** A group id, or null for "no group"; undefined (with an issue) for anything else. */
export function groupIdField(issues: IssueList, value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === "string" && value.trim() !== "" && value.length <= 64) return value;
  issues.add("groupId", "must be a group id or null");
  return undefined;
}

/** Refuses (409 conflict, naming `name`) a name another team or group already has, in any case. */
export async function requireFreeName(db: Db, kind: "team" | "group", name: string, exceptId?: string): Promise<void> {
  const taken = kind === "team" ? await teamNamed(db, name, exceptId) : await groupNamed(db, name, exceptId);
  if (taken !== undefined) {
    throw new AppError(AppErrorCode.Conflict, `Another ${kind} is already called "${name}"`, [
      { field: "name", reason: `is already the name of another ${kind}` },
    ]);
  }
}

/** Refuses (400, naming `groupId`) a group that does not exist. */
export async function requireGroup(db: Db, groupId: string): Promise<void> {
  if (!(await findGroupRecord(db, groupId))) {
    throw new AppError(AppErrorCode.ValidationFailed, "Invalid input: groupId is not a group", [
      { field: "groupId", reason: "is not a group" },
    ]);
  }
}
