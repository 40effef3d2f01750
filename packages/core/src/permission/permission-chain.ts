/**
 * The chain of Awesome Permission: people who received it often give it later. A link is a
 * moment that reached `extended`; a moment hangs under the one its giver received most recently
 * before extending it, which makes the links a forest.
 */
import { toMillis } from "../progression/iso-time.helper.js";
import type { IsoDateTime } from "../progression/progression.types.js";
import type { Moment } from "./moment.types.js";
import { extendedAt } from "./moment-lifecycle.js";

/** One giver → receiver link, with the links the receiver went on to give. */
export interface ChainLink {
  readonly momentId: string;
  readonly giverId: string;
  readonly receiverId: string;
  readonly extendedAt: IsoDateTime;
  readonly children: readonly ChainLink[];
}

/** The longest run of links where each receiver later became the next giver. */
export interface LongestChain {
  /** Number of links (a → b → c is 2). */
  readonly depth: number;
  readonly momentIds: readonly string[];
  /** The people along the chain, first giver first. */
  readonly personIds: readonly string[];
}

interface Extended {
  readonly moment: Moment;
  readonly at: number;
  readonly iso: IsoDateTime;
}

/** The giver → receiver forest of extended moments; roots are links whose giver had not received one before. */
export function permissionChains(moments: readonly Moment[]): readonly ChainLink[] {
  const links = extendedLinks(moments);
  const childrenOf = new Map<string, Extended[]>();
  const roots: Extended[] = [];
  for (const link of links) {
    const parent = links.findLast((p) => feeds(p, link));
    if (parent === undefined) roots.push(link);
    else childrenOf.set(parent.moment.id, [...(childrenOf.get(parent.moment.id) ?? []), link]);
  }
  const build = (link: Extended): ChainLink => ({
    momentId: link.moment.id,
    giverId: link.moment.giverId,
    receiverId: link.moment.receiverId,
    extendedAt: link.iso,
    children: (childrenOf.get(link.moment.id) ?? []).map(build),
  });
  return roots.map(build);
}

/** Depth of a link's subtree in links (a leaf is 1). */
export function chainDepth(link: ChainLink): number {
  return 1 + Math.max(0, ...link.children.map(chainDepth));
}

/** The longest chain over every extended moment (not only the forest's chosen parents); ties go to the earliest. */
export function longestChain(moments: readonly Moment[]): LongestChain {
  const links = extendedLinks(moments);
  // Oldest first, so every link's predecessors are settled before it is.
  const best = new Map<string, { depth: number; previous: Extended | undefined }>();
  for (const link of links) {
    let depth = 1;
    let previous: Extended | undefined;
    for (const p of links) {
      const candidate = best.get(p.moment.id);
      if (candidate && feeds(p, link) && candidate.depth + 1 > depth) {
        depth = candidate.depth + 1;
        previous = p;
      }
    }
    best.set(link.moment.id, { depth, previous });
  }
  let end: Extended | undefined;
  for (const link of links) {
    if (end === undefined || best.get(link.moment.id)!.depth > best.get(end.moment.id)!.depth) end = link;
  }
  const path: Moment[] = [];
  for (let at = end; at !== undefined; at = best.get(at.moment.id)!.previous) path.unshift(at.moment);
  return {
    depth: path.length,
    momentIds: path.map((m) => m.id),
    personIds: path.length === 0 ? [] : [path[0]!.giverId, ...path.map((m) => m.receiverId)],
  };
}

/** True when `earlier` gave its receiver permission strictly before that person extended `later`. */
function feeds(earlier: Extended, later: Extended): boolean {
  return earlier.moment.receiverId === later.moment.giverId && earlier.at < later.at;
}

function extendedLinks(moments: readonly Moment[]): Extended[] {
  return moments
    .flatMap((moment): Extended[] => {
      const iso = extendedAt(moment);
      return iso === null ? [] : [{ moment, at: toMillis(iso), iso }];
    })
    .sort((a, b) => a.at - b.at || (a.moment.id < b.moment.id ? -1 : a.moment.id > b.moment.id ? 1 : 0));
}
