/** Awesome Permission moments with their dated transitions and follow-ups. */
import type { FollowUp, Moment, MomentState, MomentTransition, MomentVariant } from "@ascent/core";
import type { Selectable } from "kysely";
import type { MomentTable } from "../schema/moment.tables.js";
import { fromJson, toIsoText, toJson } from "./column-codec.js";
import { inTransaction } from "./in-transaction.js";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db, Versioned } from "./store.types.js";
import { bumpVersion } from "./versioned-update.js";

function toRow(m: Moment): MomentTable {
  return {
    id: m.id,
    giver_id: m.giverId,
    receiver_id: m.receiverId,
    variant: m.variant,
    state: m.state,
    ingredients: toJson(m.ingredientIds),
    outcome: m.outcome,
    evidence_ids: toJson(m.evidenceIds),
    version: 1,
  };
}

function childRows(moments: readonly Moment[]) {
  return {
    transitions: moments.flatMap((m) =>
      m.transitions.map((t, seq) => ({ moment_id: m.id, seq, to_state: t.to, at: toIsoText(t.at) })),
    ),
    followUps: moments.flatMap((m) =>
      m.followUps.map((f, seq) => ({ moment_id: m.id, seq, at: toIsoText(f.at), note: f.note })),
    ),
  };
}

/** Inserts moments with their transitions and follow-ups (batched). */
export async function insertMoments(db: Db, moments: readonly Moment[]): Promise<void> {
  await insertInBatches(db, "moment", moments.map(toRow));
  const { transitions, followUps } = childRows(moments);
  await insertInBatches(db, "moment_transition", transitions);
  await insertInBatches(db, "moment_follow_up", followUps);
}

function fromRow(row: Selectable<MomentTable>, transitions: MomentTransition[], followUps: FollowUp[]): Moment {
  return {
    id: row.id,
    giverId: row.giver_id,
    receiverId: row.receiver_id,
    variant: row.variant as MomentVariant,
    state: row.state as MomentState,
    transitions,
    ingredientIds: fromJson<string[]>(row.ingredients),
    followUps,
    outcome: row.outcome,
    evidenceIds: fromJson<string[]>(row.evidence_ids),
  };
}

/** Which moments to list: those given or received by a person, one id, or some ids. */
export interface MomentFilter {
  readonly personId?: string;
  readonly id?: string;
  readonly ids?: readonly string[];
}

/** Moments matching `filter` (all when empty), ordered by id, each with its version. */
export async function listMoments(db: Db, filter: MomentFilter = {}): Promise<Versioned<Moment>[]> {
  if (filter.ids !== undefined && filter.ids.length === 0) return [];
  const matching = () => {
    let query = db.selectFrom("moment").select("id");
    if (filter.personId !== undefined) {
      const personId = filter.personId;
      query = query.where((eb) => eb.or([eb("giver_id", "=", personId), eb("receiver_id", "=", personId)]));
    }
    if (filter.id !== undefined) query = query.where("id", "=", filter.id);
    if (filter.ids !== undefined) query = query.where("id", "in", [...filter.ids]);
    return query;
  };
  const rows = await db.selectFrom("moment").selectAll().where("id", "in", matching()).orderBy("id").execute();
  if (rows.length === 0) return [];
  // Children of the matching moments in two queries, grouped in memory: never one query per moment.
  const [transitions, followUps] = await Promise.all([
    db
      .selectFrom("moment_transition")
      .selectAll()
      .where("moment_id", "in", matching())
      .orderBy("moment_id")
      .orderBy("seq")
      .execute(),
    db
      .selectFrom("moment_follow_up")
      .selectAll()
      .where("moment_id", "in", matching())
      .orderBy("moment_id")
      .orderBy("seq")
      .execute(),
  ]);
  const group = <T extends { moment_id: string }, U>(items: T[], map: (item: T) => U) => {
    const byMoment = new Map<string, U[]>();
    for (const item of items) byMoment.set(item.moment_id, [...(byMoment.get(item.moment_id) ?? []), map(item)]);
    return byMoment;
  };
  const transitionsOf = group(transitions, (t) => ({ to: t.to_state as MomentState, at: t.at }));
  const followUpsOf = group(followUps, (f) => ({ at: f.at, note: f.note }));
  return rows.map((r) => ({
    value: fromRow(r, transitionsOf.get(r.id) ?? [], followUpsOf.get(r.id) ?? []),
    version: r.version,
  }));
}

/** A moment with its version, or undefined. */
export async function findMoment(db: Db, id: string): Promise<Versioned<Moment> | undefined> {
  return (await listMoments(db, { id }))[0];
}

/** Saves a moment (state, checklist, outcome, transitions, follow-ups) if still at `expectedVersion`. */
export async function saveMoment(db: Db, moment: Moment, expectedVersion: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const version = await bumpVersion(trx, "moment", moment.id, expectedVersion);
    const { id: _id, version: _v, ...columns } = toRow(moment);
    await trx.updateTable("moment").set(columns).where("id", "=", moment.id).execute();
    await trx.deleteFrom("moment_transition").where("moment_id", "=", moment.id).execute();
    await trx.deleteFrom("moment_follow_up").where("moment_id", "=", moment.id).execute();
    const { transitions, followUps } = childRows([moment]);
    await insertInBatches(trx, "moment_transition", transitions);
    await insertInBatches(trx, "moment_follow_up", followUps);
    return version;
  });
}
