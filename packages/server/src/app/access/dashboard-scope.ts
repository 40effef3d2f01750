/**
 * Which people a dashboard may cover: the organisation for leaders and admins, the led teams
 * (directly or through a group) for leads, nothing for anyone else (`not_found`, as for records).
 */
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import type { Actor } from "./actor.js";
import { hasOrganisationPermission, OrganisationPermission } from "./organisation-permission.js";
import { relationshipsOf } from "./relationships.js";

/** The people a dashboard covers. */
export type DashboardScope =
  | { readonly kind: "organisation" }
  | { readonly kind: "teams"; readonly teamIds: readonly string[] };

/** The widest scope the actor may see; `not_found` for a member who leads nothing. */
export async function requireDashboardScope(ctx: AppContext, actor: Actor): Promise<DashboardScope> {
  if (hasOrganisationPermission(actor, OrganisationPermission.Oversee)) return { kind: "organisation" };
  const relationships = await relationshipsOf(ctx.db, actor, ctx.now());
  if (relationships.leadScopeTeamIds.size === 0) throw notFound("dashboard");
  return { kind: "teams", teamIds: [...relationships.leadScopeTeamIds].sort() };
}
