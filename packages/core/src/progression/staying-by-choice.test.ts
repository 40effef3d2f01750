import { describe, expect, it } from "vitest";
import { progressSeries } from "./progress-series.js";
import { eligibleForStuckNudge, isStayingByChoice } from "./staying-by-choice.js";
import { buildCheckIn, buildDefaultFramework, buildPerson, day, ratings } from "./test-factories.js";

const fw = buildDefaultFramework();
const series = progressSeries(fw, [buildCheckIn({ submittedAt: day(0), ratings: ratings(fw, "EEE") })]);

describe("staying by choice", () => {
  it("is true only once the person marked it", () => {
    expect(isStayingByChoice(buildPerson())).toBe(false);
    expect(isStayingByChoice(buildPerson({ stayingByChoice: { since: day(3), note: "I love this work" } }))).toBe(true);
  });

  it("lets a stuck nudge name someone on one stage past the threshold", () => {
    expect(eligibleForStuckNudge(buildPerson(), series, { now: day(400) })).toBe(true);
    expect(eligibleForStuckNudge(buildPerson(), series, { now: day(100) })).toBe(false);
    expect(eligibleForStuckNudge(buildPerson(), series, { now: day(100), stuckAfterDays: 90 })).toBe(true);
  });

  it("never names someone staying by choice, nor someone deactivated, nor someone with no check-in", () => {
    const staying = buildPerson({ stayingByChoice: { since: day(3), note: "" } });
    expect(eligibleForStuckNudge(staying, series, { now: day(400) })).toBe(false);
    expect(eligibleForStuckNudge(buildPerson({ status: "deactivated" }), series, { now: day(400) })).toBe(false);
    expect(eligibleForStuckNudge(buildPerson(), [], { now: day(400) })).toBe(false);
  });
});
