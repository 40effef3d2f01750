/** Check-ins: loading them as domain objects, inserting, and version-checked draft updates. */
import type { AssessorKind, CheckIn, CheckInStatus } from "@ascent/core";
import type { Kysely, Selectable } from "kysely";
import type { Database } from "../schema/database.js";
import type { CheckInTable } from "../schema/progression.tables.js";
import { readJson, writeJson } from "./json-column.js";

/** A stored check-in with its concurrency token. */
export interface StoredCheckIn {
  readonly checkIn: CheckIn;
  readonly version: number;
}

/** The domain check-in of a row. */
export function checkInFromRow(row: Selectable<CheckInTable>): CheckIn {
  return {
    id: row.id,
    personId: row.person_id,
    authorId: row.author_id,
    assessorKind: row.assessor_kind as AssessorKind,
    status: row.status as CheckInStatus,
    frameworkHash: row.framework_hash,
    createdAt: row.created_at,
    ratings: readJson(row.ratings, {}),
    ...(row.submitted_at !== null ? { submittedAt: row.submitted_at } : {}),
    ...(row.supersedes !== null ? { supersedes: row.supersedes } : {}),
    ...(row.signal_ticks !== null ? { signalTicks: readJson(row.signal_ticks, {}) } : {}),
    ...(row.notes !== null ? { notes: row.notes } : {}),
    ...(row.evidence_ids !== null ? { evidenceIds: readJson(row.evidence_ids, []) } : {}),
  };
}

/** The row of a domain check-in. */
export function checkInToRow(checkIn: CheckIn, version: number): Selectable<CheckInTable> {
  return {
    id: checkIn.id,
    person_id: checkIn.personId,
    author_id: checkIn.authorId,
    assessor_kind: checkIn.assessorKind,
    status: checkIn.status,
    framework_hash: checkIn.frameworkHash,
    created_at: checkIn.createdAt,
    submitted_at: checkIn.submittedAt ?? null,
    supersedes: checkIn.supersedes ?? null,
    ratings: JSON.stringify(checkIn.ratings),
    signal_ticks: writeJson(checkIn.signalTicks),
    notes: checkIn.notes ?? null,
    evidence_ids: writeJson(checkIn.evidenceIds),
    version,
  };
}

/** One check-in, or undefined. */
export async function findCheckIn(db: Kysely<Database>, id: string): Promise<StoredCheckIn | undefined> {
  const row = await db.selectFrom("check_in").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { checkIn: checkInFromRow(row), version: row.version };
}

/** Every check-in of one person (drafts included), oldest first: the history carry-forward reads. */
export async function checkInsOfPerson(db: Kysely<Database>, personId: string): Promise<CheckIn[]> {
  const rows = await db
    .selectFrom("check_in")
    .selectAll()
    .where("person_id", "=", personId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(checkInFromRow);
}

/** Inserts a new check-in at version 1. */
export async function insertCheckIn(db: Kysely<Database>, checkIn: CheckIn): Promise<void> {
  await db.insertInto("check_in").values(checkInToRow(checkIn, 1)).execute();
}

/**
 * Writes a changed check-in if it is still at `expectedVersion`; returns false when someone else
 * changed it first (the caller reports a conflict). The version bump is the optimistic lock.
 */
export async function updateCheckInIfVersion(
  db: Kysely<Database>,
  checkIn: CheckIn,
  expectedVersion: number,
): Promise<boolean> {
  const { id: _id, version: _version, ...row } = checkInToRow(checkIn, expectedVersion + 1);
  const result = await db
    .updateTable("check_in")
    .set({ ...row, version: expectedVersion + 1 })
    .where("id", "=", checkIn.id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
