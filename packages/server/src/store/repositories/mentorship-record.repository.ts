/**
 * Mentorships as administered records: each with the version that guards a cadence change or an
 * end, the people's names for lists, and the mentor chain above a person (for cycle checks).
 * Ended mentorships stay as history; nothing here deletes one.
 */
import type { Mentorship } from "@ascent/core";
import { sql } from "kysely";
import { toIsoText } from "./column-codec.js";
import { inTransaction } from "./in-transaction.js";
import type { Db, Versioned } from "./store.types.js";
import { bumpVersion } from "./versioned-update.js";

/** A mentorship with both people's names, as lists show it. */
export interface MentorshipListRow {
  readonly id: string;
  readonly mentorId: string;
  readonly mentorName: string;
  readonly menteeId: string;
  readonly menteeName: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly cadenceDays: number;
  readonly version: number;
}

/** Which mentorships a list shows. */
export interface MentorshipListFilter {
  /** Mentorships where this person is mentor or mentee. */
  readonly personId?: string | undefined;
  /** `open`: not ended at `now`; `ended`: ended by `now`; `all`: both. */
  readonly state: "open" | "ended" | "all";
  readonly now: string;
}

/** Where the previous page ended (lists run newest start first). */
export interface MentorshipListPosition {
  readonly startedAt: string;
  readonly id: string;
}

/** The mentorship with its version, or undefined. */
export async function findMentorshipRecord(db: Db, id: string): Promise<Versioned<Mentorship> | undefined> {
  const row = await db.selectFrom("mentorship").selectAll().where("id", "=", id).executeTakeFirst();
  return (
    row && {
      value: {
        id: row.id,
        mentorId: row.mentor_id,
        menteeId: row.mentee_id,
        startedAt: row.started_at,
        endedAt: row.ended_at,
        cadenceDays: row.cadence_days,
      },
      version: row.version,
    }
  );
}

/** Saves cadence and end if nobody changed the mentorship since `expectedVersion`; returns the new version. */
export async function updateMentorshipRecord(db: Db, mentorship: Mentorship, expectedVersion: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const version = await bumpVersion(trx, "mentorship", mentorship.id, expectedVersion);
    await trx
      .updateTable("mentorship")
      .set({
        cadence_days: mentorship.cadenceDays,
        ended_at: mentorship.endedAt === null ? null : toIsoText(mentorship.endedAt),
      })
      .where("id", "=", mentorship.id)
      .execute();
    return version;
  });
}

/** Mentorships of the mentees not ended at `now` (running, or starting later). */
export async function openMentorshipsOf(
  db: Db,
  menteeIds: readonly string[],
  now: string,
): Promise<Versioned<Mentorship>[]> {
  if (menteeIds.length === 0) return [];
  const rows = await db
    .selectFrom("mentorship")
    .selectAll()
    .where("mentee_id", "in", [...menteeIds])
    .where((eb) => eb.or([eb("ended_at", "is", null), eb("ended_at", ">", now)]))
    .orderBy("started_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    value: {
      id: row.id,
      mentorId: row.mentor_id,
      menteeId: row.mentee_id,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      cadenceDays: row.cadence_days,
    },
    version: row.version,
  }));
}

/** Mentorships where the person mentors someone and that are not ended at `now`. */
export async function openMentorshipsBy(db: Db, mentorId: string, now: string) {
  return db
    .selectFrom("mentorship")
    .innerJoin("person", "person.id", "mentorship.mentee_id")
    .select([
      "mentorship.id as id",
      "mentorship.mentee_id as personId",
      "person.name as name",
      "mentorship.cadence_days as cadenceDays",
      "mentorship.started_at as startedAt",
      "mentorship.version as version",
    ])
    .where("mentorship.mentor_id", "=", mentorId)
    .where((eb) => eb.or([eb("mentorship.ended_at", "is", null), eb("mentorship.ended_at", ">", now)]))
    .orderBy("person.name")
    .orderBy("mentorship.id")
    .execute();
}

/**
 * The mentors above `start` at `now`: a map from each person on the way up to their open
 * mentorships' mentors, walked level by level (one query per level, never one per person).
 */
export async function mentorChainAbove(db: Db, start: string, now: string): Promise<Map<string, string[]>> {
  const mentorsOf = new Map<string, string[]>();
  let level = [start];
  while (level.length > 0) {
    for (const person of level) mentorsOf.set(person, []);
    const rows = await db
      .selectFrom("mentorship")
      .select(["mentee_id", "mentor_id"])
      .where("mentee_id", "in", level)
      .where((eb) => eb.or([eb("ended_at", "is", null), eb("ended_at", ">", now)]))
      .execute();
    const next: string[] = [];
    for (const row of rows) {
      mentorsOf.get(row.mentee_id)?.push(row.mentor_id);
      if (!mentorsOf.has(row.mentor_id) && !next.includes(row.mentor_id)) next.push(row.mentor_id);
    }
    level = next;
  }
  return mentorsOf;
}

/** Up to `limit` mentorships after `after`, newest start first, with names. */
export async function listMentorshipPage(
  db: Db,
  filter: MentorshipListFilter,
  after: MentorshipListPosition | null,
  limit: number,
): Promise<MentorshipListRow[]> {
  let query = db
    .selectFrom("mentorship")
    .innerJoin("person as mentor", "mentor.id", "mentorship.mentor_id")
    .innerJoin("person as mentee", "mentee.id", "mentorship.mentee_id")
    .select([
      "mentorship.id as id",
      "mentorship.mentor_id as mentorId",
      "mentor.name as mentorName",
      "mentorship.mentee_id as menteeId",
      "mentee.name as menteeName",
      "mentorship.started_at as startedAt",
      "mentorship.ended_at as endedAt",
      "mentorship.cadence_days as cadenceDays",
      "mentorship.version as version",
    ]);
  const personId = filter.personId;
  if (personId !== undefined) {
    query = query.where((eb) =>
      eb.or([eb("mentorship.mentor_id", "=", personId), eb("mentorship.mentee_id", "=", personId)]),
    );
  }
  if (filter.state === "open") {
    query = query.where((eb) =>
      eb.or([eb("mentorship.ended_at", "is", null), eb("mentorship.ended_at", ">", filter.now)]),
    );
  } else if (filter.state === "ended") {
    query = query.where("mentorship.ended_at", "<=", filter.now);
  }
  if (after !== null) {
    query = query.where(
      sql<boolean>`(${sql.ref("mentorship.started_at")}, ${sql.ref("mentorship.id")}) < (${after.startedAt}, ${after.id})`,
    );
  }
  return query.orderBy("mentorship.started_at", "desc").orderBy("mentorship.id", "desc").limit(limit).execute();
}

/** Mentorships of one mentee running at `at` (started, not ended), by id: who they can ask. */
export async function runningMentorshipsOfMentee(
  db: Db,
  menteeId: string,
  at: string,
): Promise<{ readonly id: string; readonly mentor_id: string }[]> {
  return db
    .selectFrom("mentorship")
    .select(["id", "mentor_id"])
    .where("mentee_id", "=", menteeId)
    .where("started_at", "<=", at)
    .where((eb) => eb.or([eb("ended_at", "is", null), eb("ended_at", ">", at)]))
    .orderBy("id")
    .execute();
}
