/**
 * The facts the person rules need about ONE person, with the actor's relationship to them, in one
 * query: the common case (a page or a script reading one person) otherwise costs four (the person,
 * then the actor's mentees, led teams and led groups: relationships.ts). The relationships are the
 * same as there — a mentorship running at `now`, a team the actor leads, a team of a group the
 * actor leads — asked about this one person only.
 */
import type { Kysely } from "kysely";
import { preparedQuery } from "../../store/engine/prepared-query.js";
import type { Database } from "../../store/schema/database.js";

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

/** One query, built and compiled once per database (prepared-query.ts): this runs on every read of a person. */
const onePersonQuery = preparedQuery((db: Kysely<Database>, p: { actor: string; person: string; now: string }) =>
  db
    .selectFrom("person")
    .select((eb) => [
      "person.id as id",
      "person.team_id as team_id",
      "person.status as status",
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
  if (row === undefined) return undefined;
  // SQLite answers 0/1, PostgreSQL true/false.
  return {
    id: row.id,
    team_id: row.team_id,
    status: row.status,
    isMentee: Boolean(row.is_mentee),
    inLeadScope: Boolean(row.in_lead_scope),
  };
}
