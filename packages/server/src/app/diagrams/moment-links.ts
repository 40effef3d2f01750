/**
 * The Awesome Permission links a viewer may see: who gave permission to whom, the state and when it
 * was extended — never any text. Only moments that reached `extended` count (before that a moment is
 * its giver's private note). A link is visible to its giver and its receiver, and to whoever's
 * dashboards cover the receiver (leads of the receiver's team or group, leaders, admins): the same
 * people the permission-chain dashboard shows it to.
 */
import type { MomentState } from "@ascent/core";
import type { MomentLink } from "../../diagram/diagram-subject.js";
import { extendedMomentLinks, type MomentLinkFilter } from "../../store/queries/moment-links.queries.js";
import { personNamesByIds } from "../../store/queries/person-lookups.queries.js";
import type { Actor } from "../access/actor.js";
import { hasOrganisationPermission, OrganisationPermission } from "../access/organisation-permission.js";
import { relationshipsOf } from "../access/relationships.js";
import type { AppContext } from "../context/app-context.js";

/** The links among `filter`'s moments that `actor` may see, oldest extension first. */
export async function visibleMomentLinks(
  ctx: AppContext,
  actor: Actor,
  filter: MomentLinkFilter,
): Promise<MomentLink[]> {
  const rows = await extendedMomentLinks(ctx.db, filter);
  if (rows.length === 0) return [];
  const wholeOrganisation = hasOrganisationPermission(actor, OrganisationPermission.Oversee);
  const ledTeams = wholeOrganisation
    ? new Set<string>()
    : (await relationshipsOf(ctx.db, actor, ctx.now())).leadScopeTeamIds;
  return rows
    .filter(
      (r) =>
        r.giverId === actor.personId ||
        r.receiverId === actor.personId ||
        wholeOrganisation ||
        (r.receiverTeamId !== null && ledTeams.has(r.receiverTeamId)),
    )
    .map((r) => ({
      giverId: r.giverId,
      receiverId: r.receiverId,
      state: r.state as MomentState,
      extendedAt: r.extendedAt,
    }));
}

/** Names of the people in `links`, by id. */
export async function namesInLinks(ctx: AppContext, links: readonly MomentLink[]): Promise<Map<string, string>> {
  const ids = [...new Set(links.flatMap((l) => [l.giverId, l.receiverId]))].sort();
  const byId = await personNamesByIds(ctx.db, ids);
  return new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])));
}
