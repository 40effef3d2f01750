/**
 * The one access module. Every service asks here before it touches a record: ids are checked in
 * bulk (a handful of queries however many ids), and anything missing or forbidden gets the same
 * `not_found` answer, so a caller never learns whether a record they may not see exists.
 * Reads granted only by the admin privacy policy are written to the audit log.
 */

import { audit } from "../audit/audit-log.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import type { Grants } from "./access-grant.js";
import { ACCESS_RULES } from "./access-rules.js";
import type { Actor } from "./actor.js";
import type { Permission } from "./permission.js";
import { ruleEnvironment } from "./rule-environment.js";

/** The record kind each permission's ids name, for messages and audit rows. */
function kindOf(permission: Permission): string {
  return permission.split(".")[0] ?? permission;
}

/**
 * The ids among `ids` the actor may use under `permission`, each with the relationship that
 * granted it. Missing and forbidden ids are simply absent. Audits admin-policy grants.
 */
export async function accessibleIds(
  ctx: AppContext,
  actor: Actor,
  permission: Permission,
  ids: readonly string[],
): Promise<Grants> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return new Map();
  const grants = await ACCESS_RULES[permission](ruleEnvironment(ctx.db, actor, ctx.now()), distinct);
  const audited = [...grants].filter(([, via]) => via === "admin_policy").map(([id]) => id);
  await audit(
    ctx,
    ctx.db,
    ...audited.map((id) => ({
      actorId: actor.accountId,
      action: "private_content.read" as const,
      targetKind: kindOf(permission),
      targetId: id,
      details: { permission, personId: actor.personId, reason: "admin privacy policy" },
    })),
  );
  return grants;
}

/**
 * Throws `not_found` unless the actor may use every one of `ids` under `permission`; returns the
 * grants (why each was allowed) for services whose answer depends on the relationship.
 */
export async function requireAccess(
  ctx: AppContext,
  actor: Actor,
  permission: Permission,
  ids: readonly string[],
): Promise<Grants> {
  const grants = await accessibleIds(ctx, actor, permission, ids);
  if (ids.some((id) => !grants.has(id))) throw notFound(kindOf(permission).replace("_", "-"));
  return grants;
}
