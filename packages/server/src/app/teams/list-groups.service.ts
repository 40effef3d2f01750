/** Use case: the groups the actor may see, by name, each with team, member and lead counts. */
import type { Actor } from "../access/actor.js";
import type { AppContext } from "../context/app-context.js";
import { type GroupSummary, groupSummaries } from "./unit-summaries.js";
import { visibleUnits } from "./visible-units.js";

/** Every group for admins and leaders; the groups of one's own and led teams, and led groups, for everyone else. */
export async function listGroups(ctx: AppContext, actor: Actor): Promise<{ groups: GroupSummary[] }> {
  const visible = await visibleUnits(ctx, actor);
  return { groups: await groupSummaries(ctx.db, visible === null ? null : visible.groupIds) };
}
