/**
 * The Awesome Permission links a viewer may see: who gave permission to whom, the state and when it
 * was extended — never any text. Only moments that reached `extended` count (before that a moment is
 * its giver's private note). A link is visible to its giver and its receiver, and to whoever's
 * dashboards cover the receiver (leads of the receiver's team or group, leaders, admins): the same
 * people the permission-chain dashboard shows it to.
 */
import type { MomentState } from "@ascent/core";
import type { MomentLink } from "../../diagram/diagram-subject.js";
import type { Actor } from "../access/actor.js";
import { relationshipsOf } from "../access/relationships.js";
import type { AppContext } from "../context/app-context.js";

/** Which moments to consider: those given or received by one person, or all of them. */
export type MomentLinkFilter = { readonly personId: string } | { readonly all: true };

/** The links among `filter`'s moments that `actor` may see, oldest extension first. */
export async function visibleMomentLinks(
  ctx: AppContext,
  actor: Actor,
  filter: MomentLinkFilter,
): Promise<MomentLink[]> {
  let query = ctx.db
    .selectFrom("moment")
    .innerJoin("moment_transition", "moment_transition.moment_id", "moment.id")
    .innerJoin("person as receiver", "receiver.id", "moment.receiver_id")
    .select([
      "moment.giver_id as giverId",
      "moment.receiver_id as receiverId",
      "moment.state as state",
      "receiver.team_id as receiverTeamId",
      "moment_transition.at as extendedAt",
    ])
    .where("moment_transition.to_state", "=", "extended");
  if ("personId" in filter) {
    const personId = filter.personId;
    query = query.where((eb) => eb.or([eb("moment.giver_id", "=", personId), eb("moment.receiver_id", "=", personId)]));
  }
  const rows = await query.orderBy("moment_transition.at").orderBy("moment.id").execute();
  if (rows.length === 0) return [];
  const wholeOrganisation = actor.isLeader || actor.isAdmin;
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
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.selectFrom("person").select(["id", "name"]).where("id", "in", ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])));
}
