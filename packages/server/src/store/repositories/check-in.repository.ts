/**
 * Check-ins: drafts are edited under an optimistic version check; a submitted check-in never
 * changes (a correction is a new check-in that supersedes it).
 */
import type { AssessorKind, CheckIn, CheckInStatus, Rating } from "@ascent/core";
import type { Selectable } from "kysely";
import { StoreError } from "../errors/store-error.js";
import type { CheckInTable } from "../schema/progression.tables.js";
import { fromJson, fromNullableJson, toIsoText, toJson } from "./column-codec.js";
import { inTransaction } from "./in-transaction.js";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db, Versioned } from "./store.types.js";
import { bumpVersion } from "./versioned-update.js";

/** A check-in as a row; absent optional fields become NULL. */
function toRow(c: CheckIn): CheckInTable {
  return {
    id: c.id,
    person_id: c.personId,
    author_id: c.authorId,
    assessor_kind: c.assessorKind,
    status: c.status,
    framework_hash: c.frameworkHash,
    created_at: toIsoText(c.createdAt),
    submitted_at: c.submittedAt === undefined ? null : toIsoText(c.submittedAt),
    supersedes: c.supersedes ?? null,
    ratings: toJson(c.ratings),
    signal_ticks: c.signalTicks === undefined ? null : toJson(c.signalTicks),
    notes: c.notes ?? null,
    evidence_ids: c.evidenceIds === undefined ? null : toJson(c.evidenceIds),
    version: 1,
  };
}

/** A row as a check-in; NULL columns become absent fields, as the core types have them. */
export function checkInFromRow(row: Selectable<CheckInTable>): CheckIn {
  const signalTicks = fromNullableJson<Record<string, string[]>>(row.signal_ticks);
  const evidenceIds = fromNullableJson<string[]>(row.evidence_ids);
  return {
    id: row.id,
    personId: row.person_id,
    authorId: row.author_id,
    assessorKind: row.assessor_kind as AssessorKind,
    status: row.status as CheckInStatus,
    frameworkHash: row.framework_hash,
    createdAt: row.created_at,
    ...(row.submitted_at !== null && { submittedAt: row.submitted_at }),
    ...(row.supersedes !== null && { supersedes: row.supersedes }),
    ratings: fromJson<Record<string, Rating>>(row.ratings),
    ...(signalTicks !== null && { signalTicks }),
    ...(row.notes !== null && { notes: row.notes }),
    ...(evidenceIds !== null && { evidenceIds }),
  };
}

/** Inserts check-ins as they are (drafts or submitted), batched; version 1. */
export async function insertCheckIns(db: Db, checkIns: readonly CheckIn[]): Promise<void> {
  await insertInBatches(db, "check_in", checkIns.map(toRow));
}

/** A check-in with its version, or undefined. */
export async function findCheckIn(db: Db, id: string): Promise<Versioned<CheckIn> | undefined> {
  const row = await db.selectFrom("check_in").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { value: checkInFromRow(row), version: row.version };
}

/** Every check-in of a person (drafts included), oldest first by creation. */
export async function listCheckInsOfPerson(db: Db, personId: string): Promise<CheckIn[]> {
  const rows = await db
    .selectFrom("check_in")
    .selectAll()
    .where("person_id", "=", personId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(checkInFromRow);
}

/** Saves an edited draft if it is still at `expectedVersion` and still a draft; returns the new version. */
export async function updateDraftCheckIn(db: Db, draft: CheckIn, expectedVersion: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const version = await bumpVersion(trx, "check_in", draft.id, expectedVersion);
    const row = toRow(draft);
    const result = await trx
      .updateTable("check_in")
      .set({
        ratings: row.ratings,
        signal_ticks: row.signal_ticks,
        notes: row.notes,
        evidence_ids: row.evidence_ids,
        framework_hash: row.framework_hash,
        supersedes: row.supersedes,
      })
      .where("id", "=", draft.id)
      .where("status", "=", "draft")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw notDraft(draft.id);
    return version;
  });
}

/**
 * Marks a stored draft submitted at `submittedAt` if still at `expectedVersion`; returns the
 * submitted check-in. Only recordSubmittedCheckIn calls it: a submission moves the read models too.
 */
export async function markDraftSubmitted(
  db: Db,
  id: string,
  submittedAt: string,
  expectedVersion: number,
): Promise<CheckIn> {
  return inTransaction(db, async (trx) => {
    await bumpVersion(trx, "check_in", id, expectedVersion);
    const result = await trx
      .updateTable("check_in")
      .set({ status: "submitted", submitted_at: toIsoText(submittedAt) })
      .where("id", "=", id)
      .where("status", "=", "draft")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw notDraft(id);
    const row = await trx.selectFrom("check_in").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    return checkInFromRow(row);
  });
}

function notDraft(id: string): StoreError {
  return new StoreError("invalid_state", `check-in ${id} is submitted: a correction is a new check-in`, { id });
}

/** Every check-in of the organisation (for export and bulk work), in id order. */
export async function listCheckInsOfAll(db: Db): Promise<CheckIn[]> {
  return (await db.selectFrom("check_in").selectAll().orderBy("id").execute()).map(checkInFromRow);
}

/** Whether any check-in (draft or submitted) exists at all: one row at most is read. */
export async function anyCheckInExists(db: Db): Promise<boolean> {
  const row = await db.selectFrom("check_in").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}
