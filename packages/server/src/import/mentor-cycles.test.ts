import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMentorCycles } from "./mentor-cycles.js";

const graph = (edges: Record<string, string[]>) => (person: string) => edges[person] ?? [];

describe("findMentorCycles", () => {
  it("finds A → B → C → A once, in chain order", () => {
    expect(findMentorCycles(["a", "b", "c", "d"], graph({ a: ["b"], b: ["c"], c: ["a"], d: ["a"] }))).toEqual([
      ["a", "b", "c"],
    ]);
  });

  it("finds nothing in a tree and handles a 100,000-long chain without recursion", () => {
    expect(findMentorCycles(["a", "b"], graph({ a: ["b"], b: ["c"] }))).toEqual([]);
    const n = 100_000;
    const chain = (person: string) => (Number(person) < n - 1 ? [String(Number(person) + 1)] : ["0"]);
    expect(findMentorCycles(["0"], chain)[0]).toHaveLength(n);
  });

  it("reports a cycle whenever one exists in a functional graph (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(9), { nil: undefined }), { minLength: 10, maxLength: 10 }), (mentorOf) => {
        const mentorsOf = (p: string) => {
          const m = mentorOf[Number(p)];
          return m === undefined || m === Number(p) ? [] : [String(m)];
        };
        const people = mentorOf.map((_, i) => String(i));
        // Reference: walk from each person at most 10 steps; revisiting a person means a cycle.
        const hasCycle = people.some((p) => {
          const seen = new Set<string>();
          for (let at: string | undefined = p; at !== undefined; at = mentorsOf(at)[0]) {
            if (seen.has(at)) return true;
            seen.add(at);
          }
          return false;
        });
        const cycles = findMentorCycles(people, mentorsOf);
        expect(cycles.length > 0).toBe(hasCycle);
        for (const cycle of cycles) {
          cycle.forEach((p, i) => {
            expect(mentorsOf(p)).toContain(cycle[(i + 1) % cycle.length]);
          });
        }
      }),
    );
  });
});
