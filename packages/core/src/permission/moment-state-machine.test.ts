import { describe, expect, it } from "vitest";
import { isDomainError } from "../domain-error.js";
import { day } from "../progression/test-factories.js";
import type { MomentState } from "./moment.types.js";
import { transitionMoment } from "./moment-lifecycle.js";
import { allowedTransitions, isFinalState, MOMENT_STATES } from "./moment-state-machine.js";
import { buildMoment } from "./test-factories.js";

// The rule from product.md, written out by hand so the test does not repeat the implementation.
const ALLOWED: readonly string[] = [
  "aware→extended",
  "aware→no_change",
  "extended→accepted",
  "extended→no_change",
  "accepted→result",
  "accepted→no_change",
];

const reach: Record<MomentState, readonly (readonly [MomentState, number])[]> = {
  aware: [],
  extended: [["extended", 1]],
  accepted: [
    ["extended", 1],
    ["accepted", 2],
  ],
  result: [
    ["extended", 1],
    ["accepted", 2],
    ["result", 3],
  ],
  no_change: [["no_change", 1]],
};

const pairs = MOMENT_STATES.flatMap((from) => MOMENT_STATES.map((to) => [from, to] as const));

describe("moment transitions, every pair of states", () => {
  it.each(pairs)("%s → %s", (from, to) => {
    const moment = buildMoment("giver", "receiver", 0, reach[from]);
    expect(moment.state).toBe(from);
    if (ALLOWED.includes(`${from}→${to}`)) {
      const moved = transitionMoment(moment, to, day(10));
      expect(moved.state).toBe(to);
      expect(moved.transitions.at(-1)).toEqual({ to, at: day(10) });
      expect(moment.state).toBe(from); // the original is untouched
    } else {
      let caught: unknown;
      try {
        transitionMoment(moment, to, day(10));
      } catch (error) {
        caught = error;
      }
      expect(isDomainError(caught, "invalid_transition")).toBe(true);
      expect((caught as Error).message).toContain(`from ${from} to ${to}`);
      expect((caught as { details: unknown }).details).toMatchObject({ from, to });
    }
  });
});

describe("allowedTransitions", () => {
  it("lists the next states and none for final states", () => {
    expect(allowedTransitions("aware")).toEqual(["extended", "no_change"]);
    expect(allowedTransitions("accepted")).toEqual(["result", "no_change"]);
    expect(allowedTransitions("result")).toEqual([]);
    expect(MOMENT_STATES.filter(isFinalState)).toEqual(["result", "no_change"]);
  });
});
