/** A person's email and account: who already uses an address (people not erased, accounts), the account, a pending invitation. */
import { sql } from "kysely";
import type { Db } from "./store.types.js";
import { keyOfValue, textKey } from "./text-key.js";

/** Ids of people (other than `exceptPersonId`, and not erased) whose email is `email` in any case. */
export async function peopleWithEmail(db: Db, email: string, exceptPersonId?: string): Promise<string[]> {
  let query = db
    .selectFrom("person")
    .select("person.id")
    .where("person.status", "in", ["active", "deactivated"])
    .where(sql<boolean>`${textKey(db, "person.email")} = ${keyOfValue(db, email)}`);
  if (exceptPersonId !== undefined) query = query.where("person.id", "<>", exceptPersonId);
  return (await query.execute()).map((r) => r.id);
}

/** The account signing in with `email` (stored lower-case), if any. */
export async function accountWithEmail(
  db: Db,
  email: string,
): Promise<{ id: string; personId: string | null } | undefined> {
  return db
    .selectFrom("account")
    .select(["id", "person_id as personId"])
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
}

/** The account of a person, if they have one. */
export async function accountOfPerson(
  db: Db,
  personId: string,
): Promise<{ id: string; email: string; lastLoginAt: string | null } | undefined> {
  return db
    .selectFrom("account")
    .select(["id", "email", "last_login_at as lastLoginAt"])
    .where("person_id", "=", personId)
    .executeTakeFirst();
}

/** Moves an account to a new sign-in email (lower-case). */
export async function changeAccountEmail(db: Db, accountId: string, email: string): Promise<void> {
  await db.updateTable("account").set({ email: email.trim().toLowerCase() }).where("id", "=", accountId).execute();
}

/** When the person's newest unused, unexpired invitation expires, if they have one. */
export async function pendingInvitationOf(
  db: Db,
  personId: string,
  now: string,
): Promise<{ expiresAt: string } | undefined> {
  return db
    .selectFrom("invitation")
    .select("expires_at as expiresAt")
    .where("person_id", "=", personId)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("expires_at", "desc")
    .executeTakeFirst();
}
