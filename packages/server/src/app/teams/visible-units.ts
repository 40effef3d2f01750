/**
 * Which teams and groups an actor sees in lists: admins and leaders all of them; everyone else
 * their own team and what they lead (teams directly or through a group, and those groups) — the
 * same reach the people list and the dashboards give them.
 */
import type { Actor } from "../access/actor.js";
import { relationshipsOf } from "../access/relationships.js";
import type { AppContext } from "../context/app-context.js";

/** Team and group ids the actor sees; null for "all". */
export async function visibleUnits(
  ctx: AppContext,
  actor: Actor,
): Promise<{ readonly teamIds: string[]; readonly groupIds: string[] } | null> {
  if (actor.isAdmin || actor.isLeader) return null;
  const [relationships, own] = await Promise.all([
    relationshipsOf(ctx.db, actor, ctx.now()),
    ctx.db.selectFrom("person").select("team_id").where("id", "=", actor.personId).executeTakeFirst(),
  ]);
  const teamIds = new Set(relationships.leadScopeTeamIds);
  if (own?.team_id) teamIds.add(own.team_id);
  const groupIds = new Set(relationships.ledGroupIds);
  if (teamIds.size > 0) {
    const groups = await ctx.db
      .selectFrom("team")
      .select("group_id")
      .where("id", "in", [...teamIds])
      .where("group_id", "is not", null)
      .execute();
    for (const g of groups) if (g.group_id) groupIds.add(g.group_id);
  }
  return { teamIds: [...teamIds], groupIds: [...groupIds] };
}
