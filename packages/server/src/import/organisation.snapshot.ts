/**
 * What the import needs to know about the organisation as it is: read once (five queries, see
 * organisation-snapshot.reader.ts), then every row is checked against in-memory maps, never
 * with a query per row.
 */
import type { GrantedRole, PersonStatus } from "@ascent/core";

/** A stored person, reduced to what the import compares. */
export interface ExistingPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly status: PersonStatus;
  readonly teamId: string | null;
  readonly roles: readonly GrantedRole[];
  /** Teams this person leads. */
  readonly leadsTeamIds: readonly string[];
  /** Mentorships with this person as mentee that have not ended. */
  readonly activeMentorships: readonly { readonly id: string; readonly mentorId: string }[];
}

/** A stored team; `nextLeadPosition` keeps lead order stable when the import appends a lead. */
export interface ExistingTeam {
  readonly id: string;
  readonly name: string;
  readonly groupId: string | null;
  readonly nextLeadPosition: number;
}

/** A stored group. */
export interface ExistingGroup {
  readonly id: string;
  readonly name: string;
}

/** The organisation as the import sees it. */
export interface OrganisationSnapshot {
  readonly people: readonly ExistingPerson[];
  readonly teams: readonly ExistingTeam[];
  readonly groups: readonly ExistingGroup[];
}

/** An empty organisation: the pure stage's default. */
export const EMPTY_SNAPSHOT: OrganisationSnapshot = { people: [], teams: [], groups: [] };

/** Emails, team and group names compare trimmed and case-insensitively. */
export const matchKey = (text: string): string => text.trim().toLowerCase();

/** Lookups over a snapshot by the keys the file uses. */
export interface SnapshotIndex {
  /** Non-erased people by email key (the first by id when two share one). */
  readonly personByEmail: ReadonlyMap<string, ExistingPerson>;
  readonly personById: ReadonlyMap<string, ExistingPerson>;
  readonly teamByKey: ReadonlyMap<string, ExistingTeam>;
  readonly teamById: ReadonlyMap<string, ExistingTeam>;
  readonly groupByKey: ReadonlyMap<string, ExistingGroup>;
  readonly groupById: ReadonlyMap<string, ExistingGroup>;
}

/** Builds the lookups; on duplicate names or emails the smallest id wins, so results are deterministic. */
export function indexSnapshot(snapshot: OrganisationSnapshot): SnapshotIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const byKey = <T extends { id: string }>(items: readonly T[], key: (item: T) => string) => {
    const map = new Map<string, T>();
    for (const item of [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      if (!map.has(key(item))) map.set(key(item), item);
    }
    return map;
  };
  // An erased person's email is personal text that was removed; it must never match a new row.
  const matchable = snapshot.people.filter((person) => person.status !== "erased");
  return {
    personByEmail: byKey(matchable, (person) => matchKey(person.email)),
    personById: byId(snapshot.people),
    teamByKey: byKey(snapshot.teams, (team) => matchKey(team.name)),
    teamById: byId(snapshot.teams),
    groupByKey: byKey(snapshot.groups, (group) => matchKey(group.name)),
    groupById: byId(snapshot.groups),
  };
}
