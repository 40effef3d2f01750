/** People: who they are, their team, status, granted roles and whether they stay by choice. */
import type { GrantedRole, Person, PersonStatus, StayingByChoice } from "@ascent/core";
import type { Selectable } from "kysely";
import { withDashboardCounts } from "../read-models/dashboard-counts.js";
import type { PersonTable } from "../schema/organisation.tables.js";
import { fromJson, fromNullableJson, toIsoText, toJson } from "./column-codec.js";
import { inTransaction } from "./in-transaction.js";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db, Versioned } from "./store.types.js";
import { bumpVersion } from "./versioned-update.js";

/** A person as a row. */
function toRow(person: Person): PersonTable {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    team_id: person.teamId,
    title: person.title,
    status: person.status,
    roles: toJson(person.roles),
    joined_at: toIsoText(person.joinedAt),
    staying_by_choice: person.stayingByChoice
      ? toJson({ since: toIsoText(person.stayingByChoice.since), note: person.stayingByChoice.note })
      : null,
    version: 1,
  };
}

/** A row as a person. */
export function personFromRow(row: Selectable<PersonTable>): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    teamId: row.team_id,
    title: row.title,
    status: row.status as PersonStatus,
    roles: fromJson<GrantedRole[]>(row.roles),
    joinedAt: row.joined_at,
    stayingByChoice: fromNullableJson<StayingByChoice>(row.staying_by_choice),
  };
}

/**
 * Inserts people (batched). A bulk write: the dashboard aggregates are not touched — the caller
 * recounts them (loading an organisation ends with rebuildReadModels, which does).
 */
export async function insertPeople(db: Db, people: readonly Person[]): Promise<void> {
  await insertInBatches(db, "person", people.map(toRow));
}

/** A person with their version, or undefined. */
export async function findPerson(db: Db, id: string): Promise<Versioned<Person> | undefined> {
  const row = await db.selectFrom("person").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { value: personFromRow(row), version: row.version };
}

/** People, optionally of one team, ordered by id. */
export async function listPeople(db: Db, filter: { readonly teamId?: string } = {}): Promise<Person[]> {
  let query = db.selectFrom("person").selectAll().orderBy("id");
  if (filter.teamId !== undefined) query = query.where("team_id", "=", filter.teamId);
  return (await query.execute()).map(personFromRow);
}

/** Saves a changed person if nobody changed them since `expectedVersion`; returns the new version. */
export async function updatePerson(db: Db, person: Person, expectedVersion: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const version = await bumpVersion(trx, "person", person.id, expectedVersion);
    const { id: _id, version: _v, ...columns } = toRow(person);
    // A new team or status moves the person in the dashboard aggregates.
    await withDashboardCounts(trx, [person.id], () =>
      trx.updateTable("person").set(columns).where("id", "=", person.id).execute(),
    );
    return version;
  });
}
