import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calibrationGap } from "./calibration-gap.js";
import { compareCheckIns, compareRatings } from "./compare-check-ins.js";
import { currentPosition } from "./current-position.js";
import type { Rating } from "./progression.types.js";
import { RATINGS } from "./rating.helper.js";
import { buildCheckIn, buildDefaultFramework, DEFAULT_STAGE_IDS, day, ratings } from "./test-factories.js";

const fw = buildDefaultFramework();

describe("compareCheckIns", () => {
  it("lists each stage's change with its direction and the progress delta", () => {
    const a = buildCheckIn({ id: "a", submittedAt: day(1), ratings: ratings(fw, "EEe") });
    const b = buildCheckIn({ id: "b", submittedAt: day(9), ratings: ratings(fw, "EEEe") });
    const result = compareCheckIns(fw, a, b);
    expect(result.fromCheckInId).toBe("a");
    expect(result.toCheckInId).toBe("b");
    expect(result.changedStageIds).toEqual(["team-awareness", "team-ownership"]);
    expect(result.changes[2]).toEqual({
      stageId: "team-awareness",
      from: "emerging",
      to: "established",
      direction: "up",
    });
    expect(result.changes[3]).toEqual({ stageId: "team-ownership", from: "not_yet", to: "emerging", direction: "up" });
    expect(result.changes[0]?.direction).toBe("same");
    expect(result.progressDelta).toBe(1);
  });

  it("compares partial check-ins after carry-forward, so a stage left out is not a drop", () => {
    const a = buildCheckIn({ id: "a", submittedAt: day(1), ratings: ratings(fw, "EE") });
    const b = buildCheckIn({ id: "b", submittedAt: day(9), ratings: { "team-awareness": "emerging" } });
    const result = compareCheckIns(fw, a, b);
    expect(result.changedStageIds).toEqual(["team-awareness"]);
    expect(result.progressDelta).toBe(0.5);
  });

  it("shows a drop as down with a negative delta", () => {
    const result = compareRatings(fw, ratings(fw, "EEE"), ratings(fw, "Ee"));
    expect(result.changes.slice(1, 3).map((c) => c.direction)).toEqual(["down", "down"]);
    expect(result.progressDelta).toBe(-1.5);
  });
});

const profileArb = fc.array(fc.constantFrom<Rating>(...RATINGS), { minLength: 8, maxLength: 8 });
const toMap = (profile: readonly Rating[]) => Object.fromEntries(profile.map((r, i) => [DEFAULT_STAGE_IDS[i]!, r]));
const mirror = { up: "down", down: "up", same: "same" } as const;

describe("compareRatings properties", () => {
  it("is antisymmetric: comparing b with a mirrors comparing a with b", () => {
    fc.assert(
      fc.property(profileArb, profileArb, (a, b) => {
        const ab = compareRatings(fw, toMap(a), toMap(b));
        const ba = compareRatings(fw, toMap(b), toMap(a));
        expect(ba.progressDelta + ab.progressDelta).toBe(0);
        expect(ba.changedStageIds).toEqual(ab.changedStageIds);
        expect(ba.changes).toEqual(
          ab.changes.map((c) => ({ stageId: c.stageId, from: c.to, to: c.from, direction: mirror[c.direction] })),
        );
      }),
    );
  });
});

const partialArb = fc.dictionary(fc.constantFrom(...DEFAULT_STAGE_IDS), fc.constantFrom<Rating>(...RATINGS));

describe("compareCheckIns properties", () => {
  it("is antisymmetric for partial check-ins too (carry-forward does not depend on argument order)", () => {
    fc.assert(
      fc.property(partialArb, partialArb, fc.nat(5), fc.nat(5), (ra, rb, da, db) => {
        const a = buildCheckIn({ id: "a", submittedAt: day(da), ratings: ra });
        const b = buildCheckIn({ id: "b", submittedAt: day(db), ratings: rb });
        const ab = compareCheckIns(fw, a, b);
        const ba = compareCheckIns(fw, b, a);
        expect(ba.progressDelta + ab.progressDelta).toBe(0);
        expect(ba.changes.map((c) => [c.from, c.to])).toEqual(ab.changes.map((c) => [c.to, c.from]));
      }),
    );
  });
});

describe("calibrationGap", () => {
  it("gives self minus mentor progress and the stages where the views disagree", () => {
    const current = currentPosition(fw, [
      buildCheckIn({ id: "s", submittedAt: day(2), ratings: ratings(fw, "EEEe") }),
      buildCheckIn({ id: "m", assessorKind: "mentor", submittedAt: day(1), ratings: ratings(fw, "EEe") }),
    ]);
    expect(calibrationGap(fw, current.self, current.mentor)).toEqual({
      progressDifference: 1,
      disagreements: [
        { stageId: "team-awareness", self: "established", mentor: "emerging" },
        { stageId: "team-ownership", self: "emerging", mentor: "not_yet" },
      ],
    });
  });

  it("is empty when the views agree and null when one is missing", () => {
    const current = currentPosition(fw, [
      buildCheckIn({ id: "s", submittedAt: day(2), ratings: ratings(fw, "E") }),
      buildCheckIn({ id: "m", assessorKind: "joint", submittedAt: day(1), ratings: ratings(fw, "E") }),
    ]);
    expect(calibrationGap(fw, current.self, current.mentor)).toEqual({ progressDifference: 0, disagreements: [] });
    expect(calibrationGap(fw, current.self, null)).toBeNull();
  });
});
