/**
 * References in a write (a moment's receiver and evidence, a mentorship's mentor, a person's team…)
 * are checked like reads: an id the actor may not see is treated exactly as a missing one, so a
 * write cannot be used to learn whether a person or a record exists, or whose it is — and no name
 * is returned for it.
 */
import type { AppContext } from "../context/app-context.js";
import type { Actor } from "./actor.js";
import type { Permission } from "./permission.js";
import { accessibleIds } from "./require-access.js";

/** The ids among `ids` the actor may see under `permission`; callers treat every other id as missing. */
export async function visibleReferences(
  ctx: AppContext,
  actor: Actor,
  permission: Permission,
  ids: readonly string[],
): Promise<ReadonlySet<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await accessibleIds(ctx, actor, permission, ids)).keys());
}
