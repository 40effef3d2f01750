import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describePosition, formatProgress } from "./describe-position.js";
import { positionFromRatings } from "./position.js";
import type { Rating } from "./progression.types.js";
import { RATINGS } from "./rating.helper.js";
import { buildDefaultFramework, buildFramework, ratings } from "./test-factories.js";

const fw = buildDefaultFramework();
const at = (code: string) => positionFromRatings(fw, ratings(fw, code));

describe("positionFromRatings", () => {
  it("places someone with nothing rated at 0, working on the first stage", () => {
    expect(positionFromRatings(fw, {})).toEqual({
      reached: 0,
      reachedStageId: null,
      workingOnStageId: "self-awareness",
      progress: 0,
      foundationGaps: [],
    });
  });

  it("reaches the highest stage k with stages 1..k all established and works on k+1", () => {
    const position = at("EEEn");
    expect(position.reached).toBe(3);
    expect(position.reachedStageId).toBe("team-awareness");
    expect(position.workingOnStageId).toBe("team-ownership");
    expect(position.progress).toBe(3);
  });

  it("adds half a stage when the working-on stage is emerging", () => {
    expect(at("EEEe").progress).toBe(3.5);
    expect(at("e").progress).toBe(0.5);
  });

  it("does not add half a stage for an emerging stage beyond the working-on one", () => {
    expect(at("EEne").progress).toBe(2);
  });

  it("reports stages established above the first gap as foundation gaps, without counting them", () => {
    const position = at("EEnEeE");
    expect(position.reached).toBe(2);
    expect(position.progress).toBe(2);
    expect(position.foundationGaps).toEqual(["team-ownership", "multi-team-ownership"]);
  });

  it("treats an unrated stage like not_yet, so a partial set of ratings stops at the first unrated stage", () => {
    expect(at("EE.E")).toMatchObject({
      reached: 2,
      workingOnStageId: "team-awareness",
      foundationGaps: ["team-ownership"],
    });
  });

  it("reaches N with nothing left to work on when every stage is established", () => {
    expect(at("EEEEEEEE")).toMatchObject({
      reached: 8,
      reachedStageId: "enterprise-ownership",
      workingOnStageId: null,
      progress: 8,
    });
  });

  it("accepts effective ratings as well as a stage→rating map, and ignores unknown stages", () => {
    const list = [
      { stageId: "self-awareness", rating: "established" as const, carried: false },
      { stageId: "no-such-stage", rating: "established" as const, carried: false },
      { stageId: "self-ownership", rating: "emerging" as const, carried: true },
    ];
    expect(positionFromRatings(fw, list)).toMatchObject({ reached: 1, progress: 1.5, foundationGaps: [] });
  });

  it("gives 0 on an empty framework", () => {
    expect(positionFromRatings(buildFramework([]), {})).toMatchObject({
      reached: 0,
      workingOnStageId: null,
      progress: 0,
    });
  });
});

const ratingArb = fc.constantFrom<Rating>(...RATINGS);
const profileArb = fc.array(ratingArb, { minLength: 8, maxLength: 8 });
const toMap = (profile: readonly Rating[]) =>
  Object.fromEntries(profile.map((rating, index) => [fw.levels.flatMap((l) => l.stages)[index]!.id, rating]));

describe("positionFromRatings properties", () => {
  it("keeps progress within 0..N", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const { progress } = positionFromRatings(fw, toMap(profile));
        return progress >= 0 && progress <= 8;
      }),
    );
  });

  it("never lowers progress when any one rating is raised", () => {
    fc.assert(
      fc.property(profileArb, fc.nat(7), (profile, index) => {
        const current = profile[index]!;
        const raised = RATINGS[Math.min(RATINGS.indexOf(current) + 1, 2)]!;
        const higher = profile.map((r, i) => (i === index ? raised : r));
        return positionFromRatings(fw, toMap(higher)).progress >= positionFromRatings(fw, toMap(profile)).progress;
      }),
    );
  });
});

describe("describePosition", () => {
  it("says what the number means: level and stage of the working-on stage", () => {
    expect(describePosition(fw, at("EEEe"))).toBe("3.5 — working on Team & system · Ownership");
    expect(describePosition(fw, at(""))).toBe("0 — working on Self · Awareness");
  });

  it("mentions foundation gaps so they are not hidden", () => {
    expect(describePosition(fw, at("EnE"))).toBe("1 — working on Self · Ownership (1 stage established further up)");
  });

  it("says when every stage is reached", () => {
    expect(describePosition(fw, at("EEEEEEEE"))).toBe("8 — every stage reached, up to Enterprise · Ownership");
  });

  it("formats whole and half progress", () => {
    expect(formatProgress(4)).toBe("4");
    expect(formatProgress(4.5)).toBe("4.5");
  });
});
