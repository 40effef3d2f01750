/**
 * Small look-ups of people by id over the primary key: names for pages and answers that show who
 * is involved (a chain, a mentorship, a list of moments), a person's team or status for a check.
 */
import type { Db } from "../repositories/store.types.js";

/** Id, name and status of the people among `ids` (ids not on record are absent); no query for none. */
export async function personNameRows(
  db: Db,
  ids: readonly string[],
): Promise<{ readonly id: string; readonly name: string; readonly status: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("person")
    .select(["id", "name", "status"])
    .where("id", "in", [...ids])
    .execute();
}

/** Person id → name for `ids` (ids not on record are absent); no query for none. */
export async function personNamesByIds(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("person")
    .select(["id", "name"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The team of one person: undefined when there is no such person, null when they have no team. */
export async function teamIdOfPerson(db: Db, personId: string): Promise<string | null | undefined> {
  const row = await db.selectFrom("person").select("team_id").where("id", "=", personId).executeTakeFirst();
  return row?.team_id;
}

/** The status of one person (active, deactivated, erased); undefined when there is no such person. */
export async function personStatus(db: Db, personId: string): Promise<string | undefined> {
  const row = await db.selectFrom("person").select("status").where("id", "=", personId).executeTakeFirst();
  return row?.status;
}

/** Id and email of the people among `ids`, by email (ids not on record are absent). */
export async function emailsOfPeople(
  db: Db,
  ids: readonly string[],
): Promise<{ readonly id: string; readonly email: string }[]> {
  return db
    .selectFrom("person")
    .select(["id", "email"])
    .where("id", "in", [...ids])
    .orderBy("email")
    .execute();
}

/** The person with exactly `email` (already lower-cased), with their account id if they have one. */
export async function personWithAccountByEmail(db: Db, email: string) {
  return db
    .selectFrom("person")
    .leftJoin("account", "account.person_id", "person.id")
    .select(["person.id", "person.name", "person.email", "person.status", "person.version", "account.id as accountId"])
    .where("person.email", "=", email)
    .executeTakeFirst();
}
