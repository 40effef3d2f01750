import { describe, expect, it } from "vitest";
import { day } from "../progression/test-factories.js";
import { chainDepth, longestChain, permissionChains } from "./permission-chain.js";
import { buildMoment } from "./test-factories.js";

const simplify = (links: ReturnType<typeof permissionChains>): unknown =>
  links.map((l) => ({ [`${l.giverId}→${l.receiverId}`]: simplify(l.children) }));

describe("permissionChains", () => {
  const moments = [
    buildMoment("ana", "ben", 0, [["extended", 1]], "ab"),
    buildMoment(
      "ben",
      "cai",
      2,
      [
        ["extended", 5],
        ["accepted", 6],
        ["result", 30],
      ],
      "bc",
    ),
    buildMoment(
      "cai",
      "dee",
      8,
      [
        ["extended", 9],
        ["no_change", 40],
      ],
      "cd",
    ),
    // Dee gave before receiving: a root of its own, and Ana's earlier gift does not hang under it.
    buildMoment("dee", "ana", 2, [["extended", 3]], "da"),
    // Never extended: no link.
    buildMoment("eve", "fay", 0, [["no_change", 2]], "ef"),
    buildMoment("fay", "gus", 0, [], "fg"),
  ];

  it("links receivers who later became givers, counting only moments that reached extended", () => {
    expect(simplify(permissionChains(moments))).toEqual([
      { "ana→ben": [{ "ben→cai": [{ "cai→dee": [] }] }] },
      { "dee→ana": [] },
    ]);
  });

  it("finds a chain of depth 3 with its people in order", () => {
    expect(longestChain(moments)).toEqual({
      depth: 3,
      momentIds: ["ab", "bc", "cd"],
      personIds: ["ana", "ben", "cai", "dee"],
    });
    expect(chainDepth(permissionChains(moments)[0]!)).toBe(3);
  });

  it("does not link a gift extended at the same instant as the giver's own receipt", () => {
    const sameDay = [buildMoment("a", "b", 0, [["extended", 1]]), buildMoment("b", "c", 0, [["extended", 1]])];
    expect(permissionChains(sameDay)).toHaveLength(2);
    expect(longestChain(sameDay).depth).toBe(1);
  });

  it("hangs a gift under the giver's most recent receipt before it", () => {
    const links = permissionChains([
      buildMoment("a", "b", 0, [["extended", 1]], "ab"),
      buildMoment("x", "b", 0, [["extended", 4]], "xb"),
      buildMoment("b", "c", 0, [["extended", 5]], "bc"),
    ]);
    expect(simplify(links)).toEqual([{ "a→b": [] }, { "x→b": [{ "b→c": [] }] }]);
    expect(links[1]?.extendedAt).toBe(day(4));
  });

  it("measures the longest chain across all links, even where the forest picked another parent", () => {
    const moments2 = [
      buildMoment("p", "q", 0, [["extended", 1]], "pq"),
      buildMoment("q", "b", 0, [["extended", 2]], "qb"),
      buildMoment("x", "b", 0, [["extended", 4]], "xb"),
      buildMoment("b", "c", 0, [["extended", 5]], "bc"),
    ];
    expect(longestChain(moments2)).toMatchObject({ depth: 3, momentIds: ["pq", "qb", "bc"] });
  });

  it("is empty with no extended moments", () => {
    expect(permissionChains([])).toEqual([]);
    expect(longestChain([buildMoment("a", "b")])).toEqual({ depth: 0, momentIds: [], personIds: [] });
  });
});
