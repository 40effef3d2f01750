/** Reads the organisation for an import in five queries, whatever its size: no per-row lookups. */
import type { GrantedRole, PersonStatus } from "@ascent/core";
import type { Kysely } from "kysely";
import { organisationSnapshotRows } from "../store/queries/organisation-snapshot.queries.js";
import type { Database } from "../store/schema/database.js";
import type { ExistingPerson, ExistingTeam, OrganisationSnapshot } from "./organisation.snapshot.js";

const NO_ROLES: readonly GrantedRole[] = Object.freeze([]);

/** Loads people, teams, groups, team leads and open mentorships. Call inside the import's transaction. */
export async function readOrganisationSnapshot(db: Kysely<Database>): Promise<OrganisationSnapshot> {
  const { people, teams, groups, leads, mentorships } = await organisationSnapshotRows(db);

  const leadsOf = groupBy(leads, (lead) => lead.person_id);
  const mentorshipsOf = groupBy(mentorships, (m) => m.mentee_id);
  const nextPosition = new Map<string, number>();
  for (const lead of leads)
    nextPosition.set(lead.team_id, Math.max(nextPosition.get(lead.team_id) ?? 0, lead.position + 1));

  return {
    people: people.map(
      (row): ExistingPerson => ({
        id: row.id,
        name: row.name,
        email: row.email,
        status: row.status as PersonStatus,
        teamId: row.team_id,
        // Most people have no granted role: skip parsing 100,000 copies of "[]".
        roles: row.roles === "[]" ? NO_ROLES : (JSON.parse(row.roles) as GrantedRole[]),
        leadsTeamIds: (leadsOf.get(row.id) ?? []).map((lead) => lead.team_id),
        activeMentorships: (mentorshipsOf.get(row.id) ?? []).map((m) => ({ id: m.id, mentorId: m.mentor_id })),
      }),
    ),
    teams: teams.map(
      (row): ExistingTeam => ({
        id: row.id,
        name: row.name,
        groupId: row.group_id,
        nextLeadPosition: nextPosition.get(row.id) ?? 0,
      }),
    ),
    groups,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
