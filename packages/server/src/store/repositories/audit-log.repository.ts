/** The audit log: who did what, when (e.g. an admin reading private content the policy allows). */
import { fromJson, toIsoText, toJson } from "./column-codec.js";
import type { Db } from "./store.types.js";

/** One audited action. */
export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly targetKind: string;
  readonly targetId: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

function toRow(entry: AuditEntry) {
  return {
    id: entry.id,
    at: toIsoText(entry.at),
    actor_id: entry.actorId,
    action: entry.action,
    target_kind: entry.targetKind,
    target_id: entry.targetId,
    details: toJson(entry.details),
  };
}

/** Appends an entry; entries are never changed. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insertInto("audit_log").values(toRow(entry)).execute();
}

/** Appends several entries in one statement (none: no statement). */
export async function appendAudits(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto("audit_log").values(entries.map(toRow)).execute();
}

/** Entries at or after `since` (all when absent), newest first, at most `limit`. */
export async function listAudit(
  db: Db,
  options: { readonly since?: string; readonly limit?: number } = {},
): Promise<AuditEntry[]> {
  let query = db
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit ?? 100);
  if (options.since !== undefined) query = query.where("at", ">=", toIsoText(options.since));
  return (await query.execute()).map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    action: r.action,
    targetKind: r.target_kind,
    targetId: r.target_id,
    details: fromJson<Record<string, unknown>>(r.details),
  }));
}
