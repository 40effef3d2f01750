/**
 * Use case: the Awesome Permission chain — receivers who later became givers — as a forest of
 * links and the longest run, counting only moments that reached `extended`. Names and links only.
 */
import { type ChainLink, type LongestChain, longestChain, permissionChains } from "@ascent/core";
import { momentSkeletons } from "../../store/queries/dashboard.queries.js";
import { personNamesByIds } from "../../store/queries/person-lookups.queries.js";
import type { Actor } from "../access/actor.js";
import { isMomentBeyondGiver } from "../access/content-for-reader.js";
import { type DashboardScope, requireDashboardScope } from "../access/dashboard-scope.js";
import type { AppContext } from "../context/app-context.js";
import { peopleScope } from "./dashboard-scope.helpers.js";

/** The chain in scope, with the names of the people in it. */
export interface PermissionChain {
  readonly scope: DashboardScope;
  readonly roots: readonly ChainLink[];
  readonly longest: LongestChain;
  /** Person id → name, for every person in the links. */
  readonly names: Readonly<Record<string, string>>;
}

/** The chain over moments whose receiver is in scope. */
export async function getPermissionChain(ctx: AppContext, actor: Actor): Promise<PermissionChain> {
  const scope = await requireDashboardScope(ctx, actor);
  // Aware moments are their giver's private note: never named or counted (access/content-for-reader.ts).
  const moments = (await momentSkeletons(ctx.db, peopleScope(scope))).filter((m) => isMomentBeyondGiver(m.state));
  const ids = [...new Set(moments.flatMap((m) => [m.giverId, m.receiverId]))];
  const names = await personNamesByIds(ctx.db, ids);
  return {
    scope,
    roots: permissionChains(moments),
    longest: longestChain(moments),
    names: Object.fromEntries(names),
  };
}
