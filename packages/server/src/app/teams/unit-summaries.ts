/** Teams and groups as lists and edits answer them: names, counts, leads and the version to quote. */
import { listGroupSummaries } from "../../store/repositories/group-record.repository.js";
import type { Db } from "../../store/repositories/store.types.js";
import { listTeamSummaries } from "../../store/repositories/team-record.repository.js";
import type { NamedRef } from "../admin/person-record.js";
import { notFound } from "../errors/app-error.js";

/** A team with its group, active member count and leads. */
export interface TeamSummary {
  readonly id: string;
  readonly name: string;
  readonly group: NamedRef | null;
  /** Active people whose team it is. */
  readonly memberCount: number;
  readonly leadCount: number;
  readonly leads: NamedRef[];
  /** The version a rename, move or delete must quote. */
  readonly version: number;
}

/** A group with its team count, the active people of its teams and its leads. */
export interface GroupSummary {
  readonly id: string;
  readonly name: string;
  readonly teamCount: number;
  readonly memberCount: number;
  readonly leadCount: number;
  readonly leads: NamedRef[];
  /** The version a rename or delete must quote. */
  readonly version: number;
}

/** Summaries of the given teams (all when null), by name. */
export async function teamSummaries(db: Db, teamIds: readonly string[] | null): Promise<TeamSummary[]> {
  return (await listTeamSummaries(db, teamIds)).map((t) => ({
    id: t.id,
    name: t.name,
    group: t.groupId === null ? null : { id: t.groupId, name: t.groupName ?? "" },
    memberCount: t.memberCount,
    leadCount: t.leads.length,
    leads: t.leads,
    version: t.version,
  }));
}

/** Summaries of the given groups (all when null), by name. */
export async function groupSummaries(db: Db, groupIds: readonly string[] | null): Promise<GroupSummary[]> {
  return (await listGroupSummaries(db, groupIds)).map((g) => ({ ...g, leadCount: g.leads.length }));
}

/** One team's summary; `not_found` when it is gone. */
export async function teamSummary(db: Db, teamId: string): Promise<TeamSummary> {
  const [team] = await teamSummaries(db, [teamId]);
  if (!team) throw notFound("team");
  return team;
}

/** One group's summary; `not_found` when it is gone. */
export async function groupSummary(db: Db, groupId: string): Promise<GroupSummary> {
  const [group] = await groupSummaries(db, [groupId]);
  if (!group) throw notFound("group");
  return group;
}
