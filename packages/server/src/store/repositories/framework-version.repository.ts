/** Framework versions: every version ever loaded is kept, one is active (and parsed for use). */
import { defaultFramework, type Framework, parseFramework } from "@ascent/core";
import type { Selectable } from "kysely";
import type { FrameworkVersionTable } from "../schema/progression.tables.js";
import { fromFlag, toFlag, toIsoText } from "./column-codec.js";
import { inTransaction } from "./in-transaction.js";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db } from "./store.types.js";

/** A stored framework version: its identity, hash and the source text it was parsed from. */
export interface FrameworkVersionRecord {
  readonly id: string;
  readonly frameworkId: string;
  readonly name: string;
  readonly version: string;
  readonly contentHash: string;
  readonly sourceFormat: "yaml" | "json";
  readonly source: string;
  readonly createdAt: string;
  readonly activatedAt: string | null;
  readonly isActive: boolean;
}

function fromRow(row: Selectable<FrameworkVersionTable>): FrameworkVersionRecord {
  return {
    id: row.id,
    frameworkId: row.framework_id,
    name: row.name,
    version: row.version,
    contentHash: row.content_hash,
    sourceFormat: row.source_format as "yaml" | "json",
    source: row.source,
    createdAt: row.created_at,
    activatedAt: row.activated_at,
    isActive: fromFlag(row.is_active),
  };
}

/** Inserts framework versions; a content hash already stored is refused by the unique index. */
export async function insertFrameworkVersions(db: Db, records: readonly FrameworkVersionRecord[]): Promise<void> {
  await insertInBatches(
    db,
    "framework_version",
    records.map((r) => ({
      id: r.id,
      framework_id: r.frameworkId,
      name: r.name,
      version: r.version,
      content_hash: r.contentHash,
      source_format: r.sourceFormat,
      source: r.source,
      created_at: toIsoText(r.createdAt),
      activated_at: r.activatedAt === null ? null : toIsoText(r.activatedAt),
      is_active: toFlag(r.isActive),
    })),
  );
}

/** Every version, oldest first. */
export async function listFrameworkVersions(db: Db): Promise<FrameworkVersionRecord[]> {
  const rows = await db.selectFrom("framework_version").selectAll().orderBy("created_at").orderBy("id").execute();
  return rows.map(fromRow);
}

/** The active version, if any. */
export async function findActiveFrameworkVersion(db: Db): Promise<FrameworkVersionRecord | undefined> {
  const row = await db.selectFrom("framework_version").selectAll().where("is_active", "=", 1).executeTakeFirst();
  return row && fromRow(row);
}

/** The version with a content hash (check-ins record the hash they were made against). */
export async function findFrameworkVersionByHash(db: Db, hash: string): Promise<FrameworkVersionRecord | undefined> {
  const row = await db.selectFrom("framework_version").selectAll().where("content_hash", "=", hash).executeTakeFirst();
  return row && fromRow(row);
}

/** Makes one version the active one, atomically with deactivating the others. */
export async function activateFrameworkVersion(db: Db, id: string, at: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.updateTable("framework_version").set({ is_active: 0 }).where("is_active", "=", 1).execute();
    await trx
      .updateTable("framework_version")
      .set({ is_active: 1, activated_at: toIsoText(at) })
      .where("id", "=", id)
      .execute();
  });
}

// Parsed frameworks by content hash: a version's text never changes, so parsing once is enough.
const parsedByHash = new Map<string, Framework>();

/**
 * The framework check-ins are made against: the active stored version, parsed. Before an admin
 * loads one, the default (the Technical Leadership Progression) is in force, so a fresh install
 * works at once.
 */
export async function activeFramework(db: Db): Promise<Framework> {
  const record = await findActiveFrameworkVersion(db);
  if (!record) return defaultFramework();
  const cached = parsedByHash.get(record.contentHash);
  if (cached) return cached;
  const result = parseFramework(record.source, { format: record.sourceFormat });
  if (!result.ok) throw new Error(`The active framework version ${record.contentHash} no longer parses`);
  parsedByHash.set(record.contentHash, result.framework);
  return result.framework;
}
