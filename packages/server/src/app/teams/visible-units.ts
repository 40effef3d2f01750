/**
 * Which teams and groups an actor sees in lists: admins and leaders all of them; everyone else
 * their own team and what they lead (teams directly or through a group, and those groups) — the
 * same reach the people list and the dashboards give them.
 */

import { teamIdOfPerson } from "../../store/queries/person-lookups.queries.js";
import { groupIdsOfTeams } from "../../store/repositories/team-record.repository.js";
import type { Actor } from "../access/actor.js";
import { hasOrganisationPermission, OrganisationPermission } from "../access/organisation-permission.js";
import { relationshipsOf } from "../access/relationships.js";
import type { AppContext } from "../context/app-context.js";

/** Team and group ids the actor sees; null for "all". */
export async function visibleUnits(
  ctx: AppContext,
  actor: Actor,
): Promise<{ readonly teamIds: string[]; readonly groupIds: string[] } | null> {
  if (hasOrganisationPermission(actor, OrganisationPermission.Oversee)) return null;
  const [relationships, ownTeamId] = await Promise.all([
    relationshipsOf(ctx.db, actor, ctx.now()),
    teamIdOfPerson(ctx.db, actor.personId),
  ]);
  const teamIds = new Set(relationships.leadScopeTeamIds);
  if (ownTeamId) teamIds.add(ownTeamId);
  const groupIds = new Set(relationships.ledGroupIds);
  if (teamIds.size > 0) {
    for (const groupId of await groupIdsOfTeams(ctx.db, [...teamIds])) groupIds.add(groupId);
  }
  return { teamIds: [...teamIds], groupIds: [...groupIds] };
}
