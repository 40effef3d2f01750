import { describe, expect, it } from "vitest";
import { calibrationGap } from "./calibration-gap.js";
import { startCheckIn, submitDraft, updateDraft } from "./check-in-lifecycle.js";
import { validateCheckIn } from "./check-in-validation.js";
import { compareCheckIns } from "./compare-check-ins.js";
import { currentPosition } from "./current-position.js";
import { describePosition } from "./describe-position.js";
import { progressSeries } from "./progress-series.js";
import { buildFramework, day } from "./test-factories.js";

// Levels with 1, 3 and 2 stages: the engine must not assume 4 levels × awareness/ownership.
const fw = buildFramework([["basics"], ["learn", "apply", "teach"], ["shape", "lead"]], {
  levelNames: ["Foundations", "Craft", "Influence"],
  stageNames: { basics: "Basics", learn: "Learn", apply: "Apply", teach: "Teach", shape: "Shape", lead: "Lead" },
});

const checkIn = (
  id: string,
  kind: "self" | "mentor",
  at: number,
  rated: Record<string, "not_yet" | "emerging" | "established">,
) => {
  const draft = startCheckIn(
    { id, personId: "p1", authorId: kind === "self" ? "p1" : "m1", assessorKind: kind, frameworkHash: "test" },
    day(at),
  );
  return submitDraft(updateDraft(draft, { ratings: rated }), day(at));
};

describe("a custom 3-level framework through the engine", () => {
  const first = checkIn("1", "self", 0, { basics: "established", learn: "established", apply: "emerging" });
  const second = checkIn("2", "mentor", 30, { basics: "established", learn: "established", apply: "established" });
  const third = checkIn("3", "self", 60, { apply: "established", teach: "emerging", lead: "established" });
  const all = [first, second, third];

  it("validates check-ins against its own stages", () => {
    expect(validateCheckIn(fw, first)).toEqual({ ok: true });
    expect(validateCheckIn(fw, { ...first, ratings: { "team-ownership": "emerging" } }).ok).toBe(false);
  });

  it("places the person across level boundaries with carry-forward and a foundation gap", () => {
    const current = currentPosition(fw, all);
    expect(current.primary?.source).toBe("mentor");
    expect(current.mentor?.position).toEqual({
      reached: 3,
      reachedStageId: "apply",
      workingOnStageId: "teach",
      progress: 3,
      foundationGaps: [],
    });
    // The third (self) check-in rates only three stages: basics and learn carry from the first.
    expect(current.self?.position).toEqual({
      reached: 3,
      reachedStageId: "apply",
      workingOnStageId: "teach",
      progress: 3.5,
      foundationGaps: ["lead"],
    });
    expect(describePosition(fw, current.self!.position)).toBe(
      "3.5 — working on Craft · Teach (1 stage established further up)",
    );
  });

  it("compares, calibrates and charts on the same six-stage path", () => {
    expect(compareCheckIns(fw, first, third).progressDelta).toBe(1);
    const current = currentPosition(fw, all);
    expect(calibrationGap(fw, current.self, current.mentor)).toEqual({
      progressDifference: 0.5,
      disagreements: [
        { stageId: "teach", self: "emerging", mentor: "not_yet" },
        { stageId: "lead", self: "established", mentor: "not_yet" },
      ],
    });
    expect(progressSeries(fw, all).map((p) => p.progress)).toEqual([2.5, 3, 3]);
  });
});
