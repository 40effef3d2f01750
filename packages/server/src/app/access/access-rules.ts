/**
 * The privacy table of product.md as code: for each permission, which of the given ids the actor
 * may act on, and why. Deny by default — an id no rule grants is refused, exactly like a missing one.
 */
import {
  checkInFacts,
  evidenceFacts,
  momentFacts,
  personFacts,
  planFacts,
  privateNoteFacts,
} from "../../store/queries/access.queries.js";
import { type OnePersonFacts, onePersonFacts } from "../../store/queries/one-person-facts.queries.js";
import type { Grants, GrantVia } from "./access-grant.js";
import type { Actor } from "./actor.js";
import { hasRole } from "./granted-role.js";
import { hasOrganisationPermission, OrganisationPermission } from "./organisation-permission.js";
import { Permission } from "./permission.js";
import type { RuleEnvironment } from "./rule-environment.js";
import { sharedItemGrants } from "./shared-item-grants.js";

/** A rule: the grants among `ids` (all distinct, non-empty). */
export type AccessRule = (env: RuleEnvironment, ids: readonly string[]) => Promise<Grants>;

/** Grants from a synchronous decision per fact row. */
function decide<T extends { readonly id: string }>(rows: readonly T[], via: (row: T) => GrantVia | null): Grants {
  const grants: Grants = new Map();
  for (const row of rows) {
    const granted = via(row);
    if (granted !== null) grants.set(row.id, granted);
  }
  return grants;
}

/**
 * Who may read a person's overview and position: oneself, their mentor, a lead of their team, a
 * leader or an admin. Exported for the one-statement position read (get-person-position.service.ts),
 * which decides from the same facts. Never `admin_policy`: nothing private is granted here, so nothing is audited.
 */
export function personOverviewGrant(
  actor: Actor,
  person: Pick<OnePersonFacts, "id" | "isMentee" | "inLeadScope">,
): Exclude<GrantVia, "admin_policy"> | null {
  if (person.id === actor.personId) return "owner";
  if (person.isMentee) return "mentor";
  if (person.inLeadScope) return "lead";
  if (hasRole(actor.roles, "leader")) return "leader";
  return hasRole(actor.roles, "admin") ? "admin" : null;
}

/** People: oneself, or (with `mentorToo`) a mentee. */
function selfOrMentee(mentorToo: boolean): AccessRule {
  return async (env, ids) => {
    const rows = await personFacts(env.db, ids);
    const { menteeIds } = mentorToo ? await env.relationships() : { menteeIds: new Set<string>() };
    return decide(rows, (p) =>
      p.id === env.actor.personId ? "owner" : menteeIds.has(p.id) && p.status !== "erased" ? "mentor" : null,
    );
  };
}

/** Every rule, by permission. */
export const ACCESS_RULES: Readonly<Record<Permission, AccessRule>> = {
  [Permission.PersonOverviewRead]: async (env, ids) => {
    // One person (a page, a polling script): one query with the relationship to them answered in it.
    if (ids.length === 1) {
      const one = await onePersonFacts(env.db, env.actor.personId, ids[0]!, env.now);
      return decide(one ? [one] : [], (p) => personOverviewGrant(env.actor, p));
    }
    const rows = await personFacts(env.db, ids);
    const rel = await env.relationships();
    return decide(rows, (p) =>
      personOverviewGrant(env.actor, {
        id: p.id,
        isMentee: rel.menteeIds.has(p.id),
        inLeadScope: p.team_id !== null && rel.leadScopeTeamIds.has(p.team_id),
      }),
    );
  },
  [Permission.PersonManage]: async (env, ids) =>
    decide(await personFacts(env.db, ids), () =>
      hasOrganisationPermission(env.actor, OrganisationPermission.Administer) ? "admin" : null,
    ),
  [Permission.StayingByChoiceSet]: selfOrMentee(true),
  [Permission.MentorCheckInRequest]: selfOrMentee(false),
  // Oneself only, decided without a query: the inbox read stays one round trip.
  [Permission.InboxUse]: async (env, ids) =>
    new Map(ids.filter((id) => id === env.actor.personId).map((id) => [id, "owner" as const])),
  [Permission.CheckInCreate]: selfOrMentee(true),
  [Permission.EvidenceCreate]: selfOrMentee(false),
  [Permission.PlanCreate]: selfOrMentee(true),

  [Permission.CheckInRead]: async (env, ids) => {
    const rows = await checkInFacts(env.db, ids);
    const grants = decide(rows, (c) => (c.author_id === env.actor.personId ? "author" : null));
    // A draft is private to its author: nobody else, not even the person it is about.
    const submitted = rows.filter((c) => c.status === "submitted" && !grants.has(c.id));
    for (const [id, via] of await sharedItemGrants(env, "check_in", submitted)) grants.set(id, via);
    return grants;
  },
  [Permission.CheckInEdit]: async (env, ids) =>
    decide(await checkInFacts(env.db, ids), (c) => (c.author_id === env.actor.personId ? "author" : null)),
  [Permission.CheckInShare]: async (env, ids) =>
    decide(await checkInFacts(env.db, ids), (c) => (c.owner_id === env.actor.personId ? "owner" : null)),
  [Permission.CheckInCorrect]: async (env, ids) => {
    const rows = await checkInFacts(env.db, ids);
    const { menteeIds } = await env.relationships();
    // The author corrects; a mentor-view check-in can also be corrected by the person's current mentor.
    return decide(rows, (c) =>
      c.author_id === env.actor.personId
        ? "author"
        : c.assessor_kind !== "self" && menteeIds.has(c.owner_id)
          ? "mentor"
          : null,
    );
  },

  [Permission.EvidenceRead]: async (env, ids) => sharedItemGrants(env, "evidence", await evidenceFacts(env.db, ids)),
  [Permission.EvidenceWrite]: async (env, ids) =>
    decide(await evidenceFacts(env.db, ids), (e) => (e.owner_id === env.actor.personId ? "owner" : null)),

  [Permission.PlanRead]: async (env, ids) => sharedItemGrants(env, "plan", await planFacts(env.db, ids)),
  [Permission.PlanShare]: async (env, ids) =>
    decide(await planFacts(env.db, ids), (p) => (p.owner_id === env.actor.personId ? "owner" : null)),
  [Permission.PlanWrite]: async (env, ids) => {
    const rows = await planFacts(env.db, ids);
    const { menteeIds } = await env.relationships();
    return decide(rows, (p) =>
      p.owner_id === env.actor.personId ? "owner" : menteeIds.has(p.owner_id) ? "mentor" : null,
    );
  },

  [Permission.PrivateNoteCreate]: selfOrMentee(true),
  // Private notes belong to their author alone; no role and no policy widens that.
  [Permission.PrivateNoteAccess]: async (env, ids) =>
    decide(await privateNoteFacts(env.db, ids), (n) => (n.author_id === env.actor.personId ? "author" : null)),

  [Permission.MomentRead]: async (env, ids) => {
    const rows = await momentFacts(env.db, ids);
    const adminPolicy =
      hasOrganisationPermission(env.actor, OrganisationPermission.Administer) &&
      rows.some((m) => m.extended) &&
      (await env.policy()).adminMayReadPrivateContent;
    return decide(rows, (m) => {
      if (m.giver_id === env.actor.personId) return "giver";
      // While only `aware`, a moment is the giver's private note; once extended, the receiver sees it.
      if (!m.extended) return null;
      if (m.receiver_id === env.actor.personId) return "receiver";
      return adminPolicy ? "admin_policy" : null;
    });
  },
  [Permission.MomentWrite]: async (env, ids) =>
    decide(await momentFacts(env.db, ids), (m) => (m.giver_id === env.actor.personId ? "giver" : null)),
};
