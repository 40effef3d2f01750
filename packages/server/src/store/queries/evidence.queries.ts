/** Evidence as domain objects (with the stages it is linked to), inserts and version-checked edits. */
import type { Evidence, EvidenceKind } from "@ascent/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";

/** A stored piece of evidence with its concurrency token. */
export interface StoredEvidence {
  readonly evidence: Evidence;
  readonly version: number;
}

/** Evidence by id (missing ids are absent), with stage links in their order. */
export async function findEvidence(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, StoredEvidence>> {
  if (ids.length === 0) return new Map();
  const [rows, links] = await Promise.all([
    db.selectFrom("evidence").selectAll().where("id", "in", ids).execute(),
    db.selectFrom("evidence_stage").selectAll().where("evidence_id", "in", ids).orderBy("position").execute(),
  ]);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        version: row.version,
        evidence: {
          id: row.id,
          personId: row.person_id,
          kind: row.kind as EvidenceKind,
          title: row.title,
          body: row.body,
          url: row.url,
          occurredOn: row.occurred_on,
          stageIds: links.filter((l) => l.evidence_id === row.id).map((l) => l.stage_id),
        },
      },
    ]),
  );
}

/** Ids of a person's evidence, newest first. */
export async function evidenceIdsOfPerson(db: Kysely<Database>, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("evidence")
    .select("id")
    .where("person_id", "=", personId)
    .orderBy("occurred_on", "desc")
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Inserts evidence at version 1 with its stage links. */
export async function insertEvidence(db: Kysely<Database>, evidence: Evidence): Promise<void> {
  await db
    .insertInto("evidence")
    .values({
      id: evidence.id,
      person_id: evidence.personId,
      kind: evidence.kind,
      title: evidence.title,
      body: evidence.body,
      url: evidence.url,
      occurred_on: evidence.occurredOn,
      version: 1,
    })
    .execute();
  await replaceEvidenceStages(db, evidence.id, evidence.stageIds);
}

/** Writes edited evidence (and its stage links) if still at `expectedVersion`; false when it moved on. */
export async function updateEvidenceIfVersion(
  db: Kysely<Database>,
  evidence: Evidence,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable("evidence")
    .set({
      kind: evidence.kind,
      title: evidence.title,
      body: evidence.body,
      url: evidence.url,
      occurred_on: evidence.occurredOn,
      version: expectedVersion + 1,
    })
    .where("id", "=", evidence.id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await replaceEvidenceStages(db, evidence.id, evidence.stageIds);
  return true;
}

/** Replaces the stage links of one piece of evidence, keeping the given order. */
async function replaceEvidenceStages(db: Kysely<Database>, evidenceId: string, stageIds: readonly string[]) {
  await db.deleteFrom("evidence_stage").where("evidence_id", "=", evidenceId).execute();
  if (stageIds.length === 0) return;
  await db
    .insertInto("evidence_stage")
    .values(stageIds.map((stageId, position) => ({ evidence_id: evidenceId, stage_id: stageId, position })))
    .execute();
}
