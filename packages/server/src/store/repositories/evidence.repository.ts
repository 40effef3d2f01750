/** Evidence: dated, titled notes and links, attached to stages (in the order given). */
import type { Evidence, EvidenceKind } from "@ascent/core";
import type { Selectable } from "kysely";
import type { EvidenceTable } from "../schema/progression.tables.js";
import { toIsoText } from "./column-codec.js";
import { inTransaction } from "./in-transaction.js";
import { insertInBatches } from "./insert-in-batches.js";
import { deleteShareSettingsOf } from "./share-setting.repository.js";
import type { Db, Versioned } from "./store.types.js";
import { bumpVersion } from "./versioned-update.js";

function toRow(e: Evidence): EvidenceTable {
  return {
    id: e.id,
    person_id: e.personId,
    kind: e.kind,
    title: e.title,
    body: e.body,
    url: e.url,
    occurred_on: toIsoText(e.occurredOn),
    version: 1,
  };
}

function stageRows(e: Evidence) {
  return e.stageIds.map((stageId, position) => ({ evidence_id: e.id, stage_id: stageId, position }));
}

function fromRow(row: Selectable<EvidenceTable>, stageIds: string[]): Evidence {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind as EvidenceKind,
    title: row.title,
    body: row.body,
    url: row.url,
    occurredOn: row.occurred_on,
    stageIds,
  };
}

/** Inserts evidence with its stage links (batched). */
export async function insertEvidence(db: Db, items: readonly Evidence[]): Promise<void> {
  await insertInBatches(db, "evidence", items.map(toRow));
  await insertInBatches(db, "evidence_stage", items.flatMap(stageRows));
}

/** Evidence, optionally of one person and/or with the given ids, ordered by id, with stage ids. */
export async function listEvidence(
  db: Db,
  filter: { readonly personId?: string; readonly ids?: readonly string[] } = {},
): Promise<Evidence[]> {
  if (filter.ids !== undefined && filter.ids.length === 0) return [];
  let rows = db.selectFrom("evidence").selectAll().orderBy("id");
  let links = db
    .selectFrom("evidence_stage")
    .innerJoin("evidence", "evidence.id", "evidence_stage.evidence_id")
    .select(["evidence_stage.evidence_id", "evidence_stage.stage_id"])
    .orderBy("evidence_stage.evidence_id")
    .orderBy("evidence_stage.position");
  if (filter.personId !== undefined) {
    rows = rows.where("person_id", "=", filter.personId);
    links = links.where("evidence.person_id", "=", filter.personId);
  }
  if (filter.ids !== undefined) {
    rows = rows.where("id", "in", [...filter.ids]);
    links = links.where("evidence.id", "in", [...filter.ids]);
  }
  const stagesOf = new Map<string, string[]>();
  for (const link of await links.execute()) {
    stagesOf.set(link.evidence_id, [...(stagesOf.get(link.evidence_id) ?? []), link.stage_id]);
  }
  return (await rows.execute()).map((row) => fromRow(row, stagesOf.get(row.id) ?? []));
}

/** One piece of evidence with its version, or undefined. */
export async function findEvidence(db: Db, id: string): Promise<Versioned<Evidence> | undefined> {
  const row = await db.selectFrom("evidence").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const links = await db
    .selectFrom("evidence_stage")
    .select("stage_id")
    .where("evidence_id", "=", id)
    .orderBy("position")
    .execute();
  return {
    value: fromRow(
      row,
      links.map((l) => l.stage_id),
    ),
    version: row.version,
  };
}

/** Saves edited evidence (and its stage links) if still at `expectedVersion`; returns the new version. */
export async function updateEvidence(db: Db, evidence: Evidence, expectedVersion: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const version = await bumpVersion(trx, "evidence", evidence.id, expectedVersion);
    const { id: _id, version: _v, ...columns } = toRow(evidence);
    await trx.updateTable("evidence").set(columns).where("id", "=", evidence.id).execute();
    await trx.deleteFrom("evidence_stage").where("evidence_id", "=", evidence.id).execute();
    await insertInBatches(trx, "evidence_stage", stageRows(evidence));
    return version;
  });
}

/**
 * Deletes evidence if nobody changed it since `expectedVersion`: the row, its stage links and its
 * sharing settings, together. Check-ins and moments that list its id keep the id, which from now
 * on resolves to nothing (their readers skip it), so submitted records stay as they were written.
 */
export async function deleteEvidenceRecord(db: Db, id: string, expectedVersion: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    await bumpVersion(trx, "evidence", id, expectedVersion);
    await deleteShareSettingsOf(trx, "evidence", id);
    await trx.deleteFrom("evidence_stage").where("evidence_id", "=", id).execute();
    await trx.deleteFrom("evidence").where("id", "=", id).execute();
  });
}
