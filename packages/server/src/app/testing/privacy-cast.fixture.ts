/**
 * A small organisation for privacy tests: one person ("member") and everyone who might look at
 * their records — their mentor, their team lead, a group lead, a leader, an admin and an unrelated
 * colleague — plus the roles as Actors.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema/database.js";
import { type Actor, actorFor } from "../access/actor.js";

/** The people of the cast, by role. */
export const CAST = {
  member: "p-member",
  mentor: "p-mentor",
  lead: "p-lead",
  groupLead: "p-group-lead",
  leader: "p-leader",
  admin: "p-admin",
  unrelated: "p-unrelated",
} as const;

/** A role of the cast. */
export type CastRole = keyof typeof CAST;

/** Fresh Actor objects for every role (fresh so relationships reload per "request"). */
export function castActors(): Record<CastRole, Actor> {
  return {
    member: actorFor(CAST.member, { accountId: "a-member" }),
    mentor: actorFor(CAST.mentor, { accountId: "a-mentor" }),
    lead: actorFor(CAST.lead, { accountId: "a-lead" }),
    groupLead: actorFor(CAST.groupLead, { accountId: "a-group-lead" }),
    leader: actorFor(CAST.leader, { accountId: "a-leader", roles: ["leader"] }),
    admin: actorFor(CAST.admin, { accountId: "a-admin", roles: ["admin"] }),
    unrelated: actorFor(CAST.unrelated, { accountId: "a-unrelated" }),
  };
}

/** Inserts the organisation, teams, group, people, leads and the member's mentorship. */
export async function seedPrivacyCast(
  db: Kysely<Database>,
  options: { readonly adminMayReadPrivateContent?: boolean } = {},
): Promise<void> {
  const at = "2025-01-01T09:00:00.000Z";
  await db
    .insertInto("organisation")
    .values({
      id: "org",
      name: "Test org",
      settings: JSON.stringify({
        privacy: { adminMayReadPrivateContent: options.adminMayReadPrivateContent ?? false },
      }),
      created_at: at,
      version: 1,
    })
    .execute();
  await db.insertInto("group").values({ id: "g-1", name: "Platform" }).execute();
  await db
    .insertInto("team")
    .values([
      { id: "t-1", name: "Payments", group_id: "g-1" },
      { id: "t-2", name: "Search", group_id: null },
    ])
    .execute();
  const person = (id: string, teamId: string | null, roles: string[] = []) => ({
    id,
    name: `Name of ${id}`,
    email: `${id}@example.test`,
    team_id: teamId,
    title: "Engineer",
    status: "active",
    roles: JSON.stringify(roles),
    joined_at: at,
    staying_by_choice: null,
    version: 1,
  });
  await db
    .insertInto("person")
    .values([
      person(CAST.member, "t-1"),
      person(CAST.mentor, "t-2"),
      person(CAST.lead, "t-1"),
      person(CAST.groupLead, "t-2"),
      person(CAST.leader, "t-2", ["leader"]),
      person(CAST.admin, "t-2", ["admin"]),
      person(CAST.unrelated, "t-1"),
    ])
    .execute();
  await db.insertInto("team_lead").values({ team_id: "t-1", person_id: CAST.lead, position: 0 }).execute();
  await db.insertInto("group_lead").values({ group_id: "g-1", person_id: CAST.groupLead, position: 0 }).execute();
  await db
    .insertInto("mentorship")
    .values({
      id: "m-1",
      mentor_id: CAST.mentor,
      mentee_id: CAST.member,
      started_at: at,
      ended_at: null,
      cadence_days: 28,
    })
    .execute();
}
