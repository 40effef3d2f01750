/** Awesome Permission moments with their dated transitions and follow-ups. */
import type { Moment, MomentState, MomentVariant } from "@ascent/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";
import { readJson } from "./json-column.js";

/** A stored moment with its concurrency token. */
export interface StoredMoment {
  readonly moment: Moment;
  readonly version: number;
}

/** Moments by id (missing ids are absent). */
export async function findMoments(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, StoredMoment>> {
  if (ids.length === 0) return new Map();
  const [rows, transitions, followUps] = await Promise.all([
    db.selectFrom("moment").selectAll().where("id", "in", ids).execute(),
    db.selectFrom("moment_transition").selectAll().where("moment_id", "in", ids).orderBy("seq").execute(),
    db.selectFrom("moment_follow_up").selectAll().where("moment_id", "in", ids).orderBy("seq").execute(),
  ]);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        version: row.version,
        moment: {
          id: row.id,
          giverId: row.giver_id,
          receiverId: row.receiver_id,
          variant: row.variant as MomentVariant,
          state: row.state as MomentState,
          transitions: transitions
            .filter((t) => t.moment_id === row.id)
            .map((t) => ({ to: t.to_state as MomentState, at: t.at })),
          ingredientIds: readJson<string[]>(row.ingredients, []),
          followUps: followUps.filter((f) => f.moment_id === row.id).map((f) => ({ at: f.at, note: f.note })),
          outcome: row.outcome,
          evidenceIds: readJson<string[]>(row.evidence_ids, []),
        },
      },
    ]),
  );
}

/** Inserts a new moment at version 1 with its transitions and follow-ups. */
export async function insertMoment(db: Kysely<Database>, moment: Moment): Promise<void> {
  await db
    .insertInto("moment")
    .values({
      id: moment.id,
      giver_id: moment.giverId,
      receiver_id: moment.receiverId,
      variant: moment.variant,
      state: moment.state,
      ingredients: JSON.stringify(moment.ingredientIds),
      outcome: moment.outcome,
      evidence_ids: JSON.stringify(moment.evidenceIds),
      version: 1,
    })
    .execute();
  await appendHistory(db, moment, 0, 0);
}

/**
 * Saves a changed moment if still at `expectedVersion`: its fields, plus the transitions and
 * follow-ups added since `before` (history is append-only). False when someone changed it first.
 */
export async function updateMomentIfVersion(
  db: Kysely<Database>,
  moment: Moment,
  before: Moment,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable("moment")
    .set({
      state: moment.state,
      ingredients: JSON.stringify(moment.ingredientIds),
      outcome: moment.outcome,
      evidence_ids: JSON.stringify(moment.evidenceIds),
      version: expectedVersion + 1,
    })
    .where("id", "=", moment.id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await appendHistory(db, moment, before.transitions.length, before.followUps.length);
  return true;
}

async function appendHistory(db: Kysely<Database>, moment: Moment, fromTransition: number, fromFollowUp: number) {
  const transitions = moment.transitions.slice(fromTransition);
  if (transitions.length > 0) {
    await db
      .insertInto("moment_transition")
      .values(transitions.map((t, i) => ({ moment_id: moment.id, seq: fromTransition + i, to_state: t.to, at: t.at })))
      .execute();
  }
  const followUps = moment.followUps.slice(fromFollowUp);
  if (followUps.length > 0) {
    await db
      .insertInto("moment_follow_up")
      .values(followUps.map((f, i) => ({ moment_id: moment.id, seq: fromFollowUp + i, at: f.at, note: f.note })))
      .execute();
  }
}
