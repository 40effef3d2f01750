/**
 * Read access to an item a person can share (check-in, evidence, plan): the owner always; their
 * mentor and lead when the item is shared with that audience (explicit setting, else the default);
 * an admin only when the policy allows — an audited grant.
 */
import { shareSettingsOf } from "../../store/queries/access.queries.js";
import type { Grants } from "./access-grant.js";
import { hasOrganisationPermission, OrganisationPermission } from "./organisation-permission.js";
import type { RuleEnvironment } from "./rule-environment.js";
import { type Audience, SHARE_DEFAULTS, type ShareableKind } from "./share-defaults.js";

/** The facts a shared-item rule needs about each item. */
export interface SharedItemFacts {
  readonly id: string;
  readonly owner_id: string;
  readonly team_id: string | null;
}

/** Grants read access to those of `items` the actor may see. */
export async function sharedItemGrants(
  env: RuleEnvironment,
  kind: ShareableKind,
  items: readonly SharedItemFacts[],
): Promise<Grants> {
  const grants: Grants = new Map();
  const others = items.filter((item) => {
    if (item.owner_id !== env.actor.personId) return true;
    grants.set(item.id, "owner");
    return false;
  });
  if (others.length === 0) return grants;

  const relationships = await env.relationships();
  const byAudience: Record<Audience, SharedItemFacts[]> = {
    mentor: others.filter((item) => relationships.menteeIds.has(item.owner_id)),
    lead: others.filter((item) => item.team_id !== null && relationships.leadScopeTeamIds.has(item.team_id)),
  };
  for (const audience of ["mentor", "lead"] as const) {
    const candidates = byAudience[audience].filter((item) => !grants.has(item.id));
    if (candidates.length === 0) continue;
    const settings = await shareSettingsOf(
      env.db,
      kind,
      candidates.map((item) => item.id),
      audience,
    );
    const explicit = new Map(settings.map((s) => [s.item_id, s.allowed === 1]));
    for (const item of candidates) {
      if (explicit.get(item.id) ?? SHARE_DEFAULTS[kind][audience]) grants.set(item.id, audience);
    }
  }

  if (
    hasOrganisationPermission(env.actor, OrganisationPermission.Administer) &&
    others.some((item) => !grants.has(item.id))
  ) {
    if ((await env.policy()).adminMayReadPrivateContent) {
      for (const item of others) if (!grants.has(item.id)) grants.set(item.id, "admin_policy");
    }
  }
  return grants;
}
