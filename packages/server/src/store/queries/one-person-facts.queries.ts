/**
 * The facts the person rules need about ONE person, with the actor's relationship to them, in one
 * query: the common case (a page or a script reading one person) otherwise costs four (the person,
 * then the actor's mentees, led teams and led groups: relationships.ts). The relationships are the
 * same as there — a mentorship running at `now`, a team the actor leads, a team of a group the
 * actor leads — asked about this one person only.
 */
import type { ExpressionBuilder, Kysely } from "kysely";
import { preparedQuery } from "../engine/prepared-query.js";
import type { CurrentPositionRecord } from "../read-models/position.repository.js";
import { toNumber } from "../repositories/column-codec.js";
import type { Database } from "../schema/database.js";

/** The person (when they exist) and how the actor relates to them. */
export interface OnePersonFacts {
  readonly id: string;
  readonly team_id: string | null;
  readonly status: string;
  /** The actor mentors them in a mentorship running at `now`. */
  readonly isMentee: boolean;
  /** Their team is led by the actor, directly or through its group. */
  readonly inLeadScope: boolean;
}

/** The values every one-person query is run with. */
type OnePersonParams = { actor: string; person: string; now: string };

/** The person's own columns and the two relationship flags, as select expressions. */
function factColumns(eb: ExpressionBuilder<Database, "person">, p: OnePersonParams) {
  return [
    eb.ref("person.id").as("id"),
    eb.ref("person.team_id").as("team_id"),
    eb.ref("person.status").as("status"),
    eb
      .exists(
        eb
          .selectFrom("mentorship")
          .select("mentorship.id")
          .whereRef("mentorship.mentee_id", "=", "person.id")
          .where("mentorship.mentor_id", "=", p.actor)
          .where("mentorship.started_at", "<=", p.now)
          .where((m) => m.or([m("mentorship.ended_at", "is", null), m("mentorship.ended_at", ">", p.now)])),
      )
      .as("is_mentee"),
    eb
      .or([
        eb.exists(
          eb
            .selectFrom("team_lead")
            .select("team_lead.team_id")
            .whereRef("team_lead.team_id", "=", "person.team_id")
            .where("team_lead.person_id", "=", p.actor),
        ),
        eb.exists(
          eb
            .selectFrom("team")
            .innerJoin("group_lead", "group_lead.group_id", "team.group_id")
            .select("team.id")
            .whereRef("team.id", "=", "person.team_id")
            .where("group_lead.person_id", "=", p.actor),
        ),
      ])
      .as("in_lead_scope"),
  ] as const;
}

/** One query, built and compiled once per database (prepared-query.ts): this runs on every read of a person. */
const onePersonQuery = preparedQuery((db: Kysely<Database>, p: OnePersonParams) =>
  db
    .selectFrom("person")
    .select((eb) => factColumns(eb, p))
    .where("person.id", "=", p.person),
);

/**
 * The same facts with the person's current-position row beside them (all null before their first
 * submitted check-in): a polled position read is then one statement, not two. Callers must still
 * decide access from the facts before using the position (see readablePosition in
 * get-person-position.service.ts); ADR 0005 records this exception to "check, then read".
 */
const onePersonWithPositionQuery = preparedQuery((db: Kysely<Database>, p: OnePersonParams) =>
  db
    .selectFrom("person")
    .leftJoin("current_position", "current_position.person_id", "person.id")
    .select((eb) => [
      // The join only adds nullable columns: the facts read the person as in onePersonQuery.
      ...factColumns(eb as unknown as ExpressionBuilder<Database, "person">, p),
      "current_position.source as position_source",
      "current_position.check_in_id as position_check_in_id",
      "current_position.progress as position_progress",
      "current_position.reached as position_reached",
      "current_position.working_on_stage_id as position_working_on_stage_id",
      "current_position.self_progress as position_self_progress",
      "current_position.mentor_progress as position_mentor_progress",
      "current_position.updated_at as position_updated_at",
    ])
    .where("person.id", "=", p.person),
);

/** The facts about `personId` as seen by `actorPersonId` at `now`; undefined when there is no such person. */
export async function onePersonFacts(
  db: Kysely<Database>,
  actorPersonId: string,
  personId: string,
  now: string,
): Promise<OnePersonFacts | undefined> {
  const row = await onePersonQuery.executeTakeFirst(db, { actor: actorPersonId, person: personId, now });
  return row === undefined ? undefined : factsOf(row);
}

/** The facts of a row of either query. */
function factsOf(row: {
  id: string;
  team_id: string | null;
  status: string;
  is_mentee: unknown;
  in_lead_scope: unknown;
}): OnePersonFacts {
  // SQLite answers 0/1, PostgreSQL true/false.
  return {
    id: row.id,
    team_id: row.team_id,
    status: row.status,
    isMentee: Boolean(row.is_mentee),
    inLeadScope: Boolean(row.in_lead_scope),
  };
}

/** The person's current-position row, as onePersonWithPosition reads it beside the facts. */
export type JoinedPosition = Omit<CurrentPositionRecord, "personId">;

/**
 * The facts about `personId` (as onePersonFacts) and their current position (undefined before their
 * first submitted check-in), in one statement. The position must not be used unless the facts grant access.
 */
export async function onePersonWithPosition(
  db: Kysely<Database>,
  actorPersonId: string,
  personId: string,
  now: string,
): Promise<{ facts: OnePersonFacts; position: JoinedPosition | undefined } | undefined> {
  const row = await onePersonWithPositionQuery.executeTakeFirst(db, { actor: actorPersonId, person: personId, now });
  if (row === undefined) return undefined;
  const facts = factsOf(row);
  if (row.position_source === null || row.position_check_in_id === null) return { facts, position: undefined };
  return {
    facts,
    position: {
      source: row.position_source,
      checkInId: row.position_check_in_id,
      progress: toNumber(row.position_progress ?? 0),
      reached: toNumber(row.position_reached ?? 0),
      workingOnStageId: row.position_working_on_stage_id,
      selfProgress: row.position_self_progress === null ? null : toNumber(row.position_self_progress),
      mentorProgress: row.position_mentor_progress === null ? null : toNumber(row.position_mentor_progress),
      updatedAt: row.position_updated_at ?? "",
    },
  };
}
