import { describe, expect, it } from "vitest";
import { progressAt, progressSeries } from "./progress-series.js";
import { progressVelocity } from "./progress-velocity.js";
import { buildCheckIn, buildDefaultFramework, day, ratings } from "./test-factories.js";
import { daysOnCurrentStage, timeAtStages } from "./time-at-stages.js";

const fw = buildDefaultFramework();
const history = [
  buildCheckIn({ id: "s1", submittedAt: day(0), ratings: ratings(fw, "E") }),
  buildCheckIn({ id: "m1", assessorKind: "mentor", submittedAt: day(10), ratings: ratings(fw, "Ee") }),
  buildCheckIn({ id: "s2", submittedAt: day(20), ratings: ratings(fw, "EEEE") }),
  buildCheckIn({ id: "j1", assessorKind: "joint", submittedAt: day(30), ratings: ratings(fw, "EEE") }),
  buildCheckIn({ id: "draft", status: "draft", ratings: ratings(fw, "EEEEEEEE") }),
];
const summary = (series: ReturnType<typeof progressSeries>) => series.map((p) => [p.at, p.progress, p.checkInId]);

describe("progressSeries", () => {
  it("follows the current-position rule at each submitted check-in", () => {
    expect(summary(progressSeries(fw, history, { assessor: "current" }))).toEqual([
      [day(0), 1, "s1"],
      [day(10), 1.5, "m1"],
      // A later self check-in does not override the mentor view.
      [day(20), 1.5, "m1"],
      [day(30), 3, "j1"],
    ]);
  });

  it("follows only the self view or only the mentor view when asked", () => {
    expect(summary(progressSeries(fw, history, { assessor: "self" }))).toEqual([
      [day(0), 1, "s1"],
      [day(20), 4, "s2"],
    ]);
    expect(summary(progressSeries(fw, history, { assessor: "mentor" }))).toEqual([
      [day(10), 1.5, "m1"],
      [day(30), 3, "j1"],
    ]);
  });

  it("leaves superseded check-ins out entirely", () => {
    const corrected = [
      ...history,
      buildCheckIn({
        id: "fix",
        assessorKind: "joint",
        submittedAt: day(31),
        supersedes: "j1",
        ratings: ratings(fw, "EE"),
      }),
    ];
    expect(summary(progressSeries(fw, corrected))).toEqual([
      [day(0), 1, "s1"],
      [day(10), 1.5, "m1"],
      [day(20), 1.5, "m1"],
      [day(31), 2, "fix"],
    ]);
  });

  it("is empty with no submitted check-ins", () => {
    expect(progressSeries(fw, [buildCheckIn({ status: "draft" })])).toEqual([]);
  });

  it("reads the value at a date as the latest point at or before it", () => {
    const series = progressSeries(fw, history);
    expect(progressAt(series, day(-1))).toBeNull();
    expect(progressAt(series, day(10))).toBe(1.5);
    expect(progressAt(series, day(29))).toBe(1.5);
    expect(progressAt(series, day(400))).toBe(3);
  });
});

describe("timeAtStages", () => {
  it("counts days with each stage as working on, up to now", () => {
    const series = progressSeries(fw, history);
    // day 0–10: self-ownership; 10–30: self-ownership (emerging); 30–45: team-ownership.
    expect(timeAtStages(series, day(45))).toEqual([
      { stageId: "self-ownership", days: 30 },
      { stageId: "team-ownership", days: 15 },
    ]);
  });

  it("does not count time after now, and counts no stage once every stage is reached", () => {
    const series = progressSeries(fw, [
      buildCheckIn({ id: "a", submittedAt: day(0), ratings: ratings(fw, "") }),
      buildCheckIn({ id: "b", submittedAt: day(10), ratings: ratings(fw, "EEEEEEEE") }),
    ]);
    expect(timeAtStages(series, day(5))).toEqual([{ stageId: "self-awareness", days: 5 }]);
    expect(timeAtStages(series, day(100))).toEqual([{ stageId: "self-awareness", days: 10 }]);
  });

  it("tells how long someone has been on their current stage", () => {
    const series = progressSeries(fw, history);
    expect(daysOnCurrentStage(series, day(45))).toBe(15);
    expect(daysOnCurrentStage(series.slice(0, 3), day(45))).toBe(45);
    expect(daysOnCurrentStage([], day(45))).toBeNull();
  });
});

describe("progressVelocity", () => {
  const series = progressSeries(fw, [
    buildCheckIn({ id: "a", submittedAt: day(0), ratings: ratings(fw, "E") }),
    buildCheckIn({ id: "b", submittedAt: day(365.25), ratings: ratings(fw, "EEE") }),
  ]);

  it("gives the change in progress per year over a window", () => {
    expect(progressVelocity(series, day(0), day(365.25))).toBe(2);
    expect(progressVelocity(series, day(0), day(730.5))).toBe(1);
  });

  it("holds the value between points (a step, not a line)", () => {
    expect(progressVelocity(series, day(0), day(200))).toBe(0);
  });

  it("measures from the first point when the series starts inside the window, and null before any point", () => {
    expect(progressVelocity(series, day(-365.25), day(365.25))).toBe(2);
    expect(progressVelocity(series, day(-10), day(-1))).toBeNull();
  });
});
