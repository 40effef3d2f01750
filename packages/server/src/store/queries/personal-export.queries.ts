/**
 * The few rows a person's own export reads beside what the repositories already give: their
 * roles and dates, their account's dates, and the names of their team and its group. Raw rows:
 * the export service decides what of them a person receives.
 */
import type { Db } from "../repositories/store.types.js";

/** Roles (JSON text), join date and team of one person; undefined when there is no such person. */
export async function personExportRow(db: Db, personId: string) {
  return db
    .selectFrom("person")
    .select(["roles", "joined_at", "team_id"])
    .where("id", "=", personId)
    .executeTakeFirst();
}

/** Email and dates of one account; undefined when there is none. */
export async function accountExportRow(db: Db, accountId: string) {
  return db
    .selectFrom("account")
    .select(["id", "email", "created_at", "last_login_at"])
    .where("id", "=", accountId)
    .executeTakeFirst();
}

/** Id, name and group of one team. */
export async function teamExportRow(db: Db, teamId: string) {
  return db.selectFrom("team").select(["id", "name", "group_id"]).where("id", "=", teamId).executeTakeFirst();
}

/** Id and name of one group. */
export async function groupExportRow(db: Db, groupId: string) {
  return db.selectFrom("group").select(["id", "name"]).where("id", "=", groupId).executeTakeFirst();
}
