import { describe, expect, it } from "vitest";
import { DomainError } from "../domain-error.js";
import { day } from "../progression/test-factories.js";
import {
  addFollowUp,
  createMoment,
  extendedAt,
  lastChangeAt,
  recordOutcome,
  transitionMoment,
} from "./moment-lifecycle.js";
import { isVisibleTo } from "./moment-visibility.js";
import { buildMoment } from "./test-factories.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return "no error";
  } catch (error) {
    return error instanceof DomainError ? error.code : "other";
  }
};

describe("createMoment", () => {
  it("records a moment in aware, dated, with empty follow-ups and outcome", () => {
    const moment = createMoment({ id: "m", giverId: "a", receiverId: "b", variant: "struggling" }, day(1));
    expect(moment).toMatchObject({
      state: "aware",
      transitions: [{ to: "aware", at: day(1) }],
      followUps: [],
      outcome: "",
    });
  });

  it("refuses a moment given to oneself", () => {
    expect(codeOf(() => createMoment({ id: "m", giverId: "a", receiverId: "a", variant: "struggling" }, day(1)))).toBe(
      "same_person",
    );
  });
});

describe("transition dates", () => {
  it("refuses a transition dated before the previous one, and accepts the same instant", () => {
    const moment = buildMoment("a", "b", 5);
    expect(codeOf(() => transitionMoment(moment, "extended", day(4)))).toBe("date_out_of_order");
    expect(transitionMoment(moment, "extended", day(5)).state).toBe("extended");
  });

  it("keeps every transition, oldest first", () => {
    const moment = buildMoment("a", "b", 0, [
      ["extended", 3],
      ["accepted", 7],
    ]);
    expect(moment.transitions.map((t) => t.to)).toEqual(["aware", "extended", "accepted"]);
    expect(lastChangeAt(moment)).toBe(day(7));
  });
});

describe("extendedAt", () => {
  it("is the date permission was extended, kept even after the moment ends with no change", () => {
    expect(extendedAt(buildMoment("a", "b", 0))).toBeNull();
    expect(extendedAt(buildMoment("a", "b", 0, [["extended", 3]]))).toBe(day(3));
    expect(
      extendedAt(
        buildMoment("a", "b", 0, [
          ["extended", 3],
          ["no_change", 9],
        ]),
      ),
    ).toBe(day(3));
    expect(extendedAt(buildMoment("a", "b", 0, [["no_change", 2]]))).toBeNull();
  });
});

describe("follow-ups and outcome", () => {
  it("adds dated follow-up notes in order", () => {
    const moment = addFollowUp(addFollowUp(buildMoment("a", "b", 1), "talked", day(2)), "took the lead", day(9));
    expect(moment.followUps).toEqual([
      { at: day(2), note: "talked" },
      { at: day(9), note: "took the lead" },
    ]);
  });

  it("refuses an empty note or one dated before the moment began", () => {
    expect(codeOf(() => addFollowUp(buildMoment("a", "b", 1), "  ", day(2)))).toBe("empty_text");
    expect(codeOf(() => addFollowUp(buildMoment("a", "b", 1), "early", day(0)))).toBe("date_out_of_order");
  });

  it("records an outcome", () => {
    expect(recordOutcome(buildMoment("a", "b"), "Led the migration").outcome).toBe("Led the migration");
  });
});

describe("isVisibleTo", () => {
  it("shows an aware moment to its giver only", () => {
    const moment = buildMoment("giver", "receiver", 0);
    expect(isVisibleTo(moment, "giver")).toBe(true);
    expect(isVisibleTo(moment, "receiver")).toBe(false);
    expect(isVisibleTo(moment, "someone-else")).toBe(false);
  });

  it("shows it to the receiver once extended, and still after it ends", () => {
    const extended = buildMoment("giver", "receiver", 0, [["extended", 1]]);
    expect(isVisibleTo(extended, "receiver")).toBe(true);
    expect(isVisibleTo(transitionMoment(extended, "no_change", day(2)), "receiver")).toBe(true);
    expect(isVisibleTo(extended, "someone-else")).toBe(false);
  });

  it("keeps a moment that ended before being extended private to the giver", () => {
    expect(isVisibleTo(buildMoment("giver", "receiver", 0, [["no_change", 1]]), "receiver")).toBe(false);
  });
});
