/**
 * Whom the people list shows an actor (product.md, "Roles and privacy"): admins and leaders the
 * whole organisation; everyone else themselves plus the people they have a relationship with —
 * their mentees, and the people of the teams they lead (directly or through a group). A member
 * with no such relationship sees only themselves: an answer, never a refusal that hints at more.
 */
import type { DirectoryFilter } from "../../store/repositories/people-directory.repository.js";
import type { Actor } from "../access/actor.js";
import { hasOrganisationPermission, OrganisationPermission } from "../access/organisation-permission.js";
import { relationshipsOf } from "../access/relationships.js";
import type { AppContext } from "../context/app-context.js";

/** How wide the list is: everyone, the actor and the people related to them, or the actor alone. */
export type DirectoryScopeKind = "organisation" | "related" | "self";

/** The scope's kind and the filter that enforces it. */
export async function directoryScope(
  ctx: AppContext,
  actor: Actor,
): Promise<{ readonly kind: DirectoryScopeKind; readonly scope: DirectoryFilter["scope"] }> {
  if (hasOrganisationPermission(actor, OrganisationPermission.Oversee)) return { kind: "organisation", scope: null };
  const relationships = await relationshipsOf(ctx.db, actor, ctx.now());
  const personIds = [actor.personId, ...relationships.menteeIds];
  const teamIds = [...relationships.leadScopeTeamIds];
  const related = teamIds.length > 0 || relationships.menteeIds.size > 0;
  return { kind: related ? "related" : "self", scope: { personIds, teamIds } };
}
