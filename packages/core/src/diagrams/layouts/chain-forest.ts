/** Turning giver → receiver moments into a forest: each receiver hangs under its first giver. */
import type { ChainDiagramInput } from "../diagram-inputs.types.js";

/** A person in the chain, their children and the state of the moment that links them to their parent. */
export interface ChainNode {
  readonly id: string;
  readonly name: string;
  readonly state: ChainDiagramInput["moments"][number]["state"] | null;
  readonly children: ChainNode[];
}

/** Builds the forest; returns the roots (givers who received from no one here) and edges left out (second givers, cycles). */
export function buildChainForest(input: ChainDiagramInput): { roots: ChainNode[]; extraEdges: number } {
  const names = new Map(input.people.map((p) => [p.id, p.name]));
  const parent = new Map<string, { giverId: string; state: ChainNode["state"] }>();
  const involved = new Set<string>();
  let extraEdges = 0;
  const reaches = (from: string, target: string): boolean => {
    for (let cur: string | undefined = from; cur !== undefined; cur = parent.get(cur)?.giverId)
      if (cur === target) return true;
    return false;
  };
  for (const m of input.moments) {
    involved.add(m.giverId);
    involved.add(m.receiverId);
    // A receiver keeps its first giver; a link that would close a loop is left out too.
    if (parent.has(m.receiverId) || m.giverId === m.receiverId || reaches(m.giverId, m.receiverId)) {
      extraEdges += 1;
      continue;
    }
    parent.set(m.receiverId, { giverId: m.giverId, state: m.state });
  }
  const children = new Map<string, string[]>();
  for (const [child, { giverId }] of parent) children.set(giverId, [...(children.get(giverId) ?? []), child]);
  const order = (ids: Iterable<string>) =>
    [...ids].sort((a, b) => {
      const na = names.get(a) ?? a;
      const nb = names.get(b) ?? b;
      return na < nb ? -1 : na > nb ? 1 : a < b ? -1 : a > b ? 1 : 0;
    });
  const build = (id: string): ChainNode => ({
    id,
    name: names.get(id) ?? id,
    state: parent.get(id)?.state ?? null,
    children: order(children.get(id) ?? []).map(build),
  });
  const roots = order([...involved].filter((id) => !parent.has(id))).map(build);
  return { roots, extraEdges };
}
