/**
 * Names for the people nudges mention, so a page says "Ana is overdue" rather than an id. A name
 * is given only where the actor may look at the person (the access module decides, as for any
 * record); anyone else stays a bare id with a null name, which reveals nothing new.
 */

import { personNamesByIds } from "../../store/queries/person-lookups.queries.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { accessibleIds } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";

/** Person id → name, for the ids the actor may see; `known` saves a query for names already loaded. */
export async function visibleNames(
  ctx: AppContext,
  actor: Actor,
  ids: readonly string[],
  known: ReadonlyMap<string, string>,
): Promise<ReadonlyMap<string, string>> {
  const visible = [...(await accessibleIds(ctx, actor, Permission.PersonOverviewRead, ids)).keys()];
  const missing = visible.filter((id) => !known.has(id));
  const names = new Map<string, string>(await personNamesByIds(ctx.db, missing));
  for (const id of visible) {
    const name = known.get(id);
    if (name !== undefined) names.set(id, name);
  }
  return names;
}
