/** Use case: the teams the actor may see, by name, each with its group, member and lead counts. */
import type { Actor } from "../access/actor.js";
import type { AppContext } from "../context/app-context.js";
import { type TeamSummary, teamSummaries } from "./unit-summaries.js";
import { visibleUnits } from "./visible-units.js";

/** Every team for admins and leaders; one's own team and led teams for everyone else. */
export async function listTeams(ctx: AppContext, actor: Actor): Promise<{ teams: TeamSummary[] }> {
  const visible = await visibleUnits(ctx, actor);
  return { teams: await teamSummaries(ctx.db, visible === null ? null : visible.teamIds) };
}
