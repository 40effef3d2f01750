import { describe, expect, it } from "vitest";
import type { TeamMember } from "../diagram-inputs.types.js";
import { buildPeople } from "../testing/people.fixture.js";
import { bucketPeople, stageIndexFor } from "./team-buckets.js";

/** The definition bucketPeople must keep: everyone sorted by name then id (stable), then split by stage. */
function reference(people: readonly TeamMember[], stageCount: number) {
  const sorted = [...people].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const placed = sorted.filter((p) => p.progress !== null && Number.isFinite(p.progress));
  return {
    buckets: Array.from({ length: stageCount }, (_, i) =>
      placed.filter((p) => stageIndexFor(p.progress!, stageCount) === i),
    ),
    unplaced: sorted.filter((p) => p.progress === null || !Number.isFinite(p.progress)),
  };
}

describe("bucketPeople", () => {
  it.each([0, 1, 2, 3, 17, 400, 1000])("orders %i people exactly as one stable sort by name, then id", (n) => {
    const people = buildPeople(n, 3, 8);
    const result = bucketPeople(people, 8);
    const expected = reference(people, 8);
    // Compared by input position (identity, not just equal content), so exact ties must keep their order.
    const position = new Map(people.map((p, i) => [p, i]));
    const positions = (list: readonly TeamMember[]) => list.map((p) => position.get(p));
    expect(result.buckets.map(positions)).toEqual(expected.buckets.map(positions));
    expect(positions(result.unplaced)).toEqual(positions(expected.unplaced));
  });

  it("keeps exact ties (same name and id) in input order, and orders by code unit like <", () => {
    const person = (id: string, name: string, tag: number): TeamMember => ({
      id,
      name,
      teamId: `t${tag}`,
      progress: 1,
    });
    const people = [
      person("b", "Åsa", 1),
      person("a", "Zoë", 2),
      person("a", "Zoë", 3),
      person("a", "", 4),
      person("c", "Ada", 5),
      person("a", "Ada", 6),
      person("a", "Zoë", 7),
      person("a", "ada", 8),
    ];
    expect(bucketPeople(people, 3).buckets[1]).toEqual(reference(people, 3).buckets[1]);
    expect(bucketPeople(people, 3).buckets[1]!.map((p) => p.teamId)).toEqual([
      "t4",
      "t6",
      "t5",
      "t2",
      "t3",
      "t7",
      "t8",
      "t1",
    ]);
  });
});
