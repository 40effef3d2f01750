/** People as domain objects, and version-checked updates of a person row. */
import type { GrantedRole, Person, PersonStatus, StayingByChoice } from "@ascent/core";
import type { Kysely, Selectable, Updateable } from "kysely";
import type { Database } from "../schema/database.js";
import type { PersonTable } from "../schema/organisation.tables.js";
import { readJson } from "./json-column.js";

/** A stored person with its concurrency token. */
export interface StoredPerson {
  readonly person: Person;
  readonly version: number;
}

/** The domain person of a row. */
export function personFromRow(row: Selectable<PersonTable>): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    teamId: row.team_id,
    title: row.title,
    status: row.status as PersonStatus,
    roles: readJson<GrantedRole[]>(row.roles, []),
    joinedAt: row.joined_at,
    stayingByChoice: readJson<StayingByChoice | null>(row.staying_by_choice, null),
  };
}

/** One person, or undefined. */
export async function findPerson(db: Kysely<Database>, id: string): Promise<StoredPerson | undefined> {
  const row = await db.selectFrom("person").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { person: personFromRow(row), version: row.version };
}

/** Applies `changes` if the person is still at `expectedVersion`; false when it moved on. */
export async function updatePersonIfVersion(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  changes: Omit<Updateable<PersonTable>, "id" | "version">,
): Promise<boolean> {
  const result = await db
    .updateTable("person")
    .set({ ...changes, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
