/** Mentorships: mentor ↔ mentee, with start, end and cadence. */
import type { Mentorship } from "@ascent/core";
import type { Selectable } from "kysely";
import type { MentorshipTable } from "../schema/organisation.tables.js";
import { toIsoText } from "./column-codec.js";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db } from "./store.types.js";

function fromRow(row: Selectable<MentorshipTable>): Mentorship {
  return {
    id: row.id,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    cadenceDays: row.cadence_days,
  };
}

/** Inserts mentorships (batched). */
export async function insertMentorships(db: Db, mentorships: readonly Mentorship[]): Promise<void> {
  await insertInBatches(
    db,
    "mentorship",
    mentorships.map((m) => ({
      id: m.id,
      mentor_id: m.mentorId,
      mentee_id: m.menteeId,
      started_at: toIsoText(m.startedAt),
      ended_at: m.endedAt === null ? null : toIsoText(m.endedAt),
      cadence_days: m.cadenceDays,
    })),
  );
}

/** Mentorships, optionally of one mentor or mentee, ordered by id. */
export async function listMentorships(
  db: Db,
  filter: { readonly mentorId?: string; readonly menteeId?: string } = {},
): Promise<Mentorship[]> {
  let query = db.selectFrom("mentorship").selectAll().orderBy("id");
  if (filter.mentorId !== undefined) query = query.where("mentor_id", "=", filter.mentorId);
  if (filter.menteeId !== undefined) query = query.where("mentee_id", "=", filter.menteeId);
  return (await query.execute()).map(fromRow);
}

/** Ends a mentorship at `at` (kept for history). Returns false when there was no open one with that id. */
export async function endMentorship(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("mentorship")
    .set({ ended_at: toIsoText(at) })
    .where("id", "=", id)
    .where("ended_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
