import { describe, expect, it } from "vitest";
import { progressSeries } from "../progression/progress-series.js";
import { buildCheckIn, buildDefaultFramework, day, ratings } from "../progression/test-factories.js";
import { aggregateEffect } from "./effect-aggregate.js";
import { type MomentEffect, momentEffect } from "./moment-effect.js";
import { buildMoment } from "./test-factories.js";

const fw = buildDefaultFramework();
const mentorCheckIn = (at: number, code: string) =>
  buildCheckIn({ personId: "b", assessorKind: "mentor", submittedAt: day(at), ratings: ratings(fw, code) });

// Extended on day 400 (2025-02-04): the before window is 2024-02-04 → 2025-02-04 (366 days, a leap
// year), the after window 2025-02-04 → 2026-02-04 (365 days).
const takeOff = progressSeries(fw, [
  mentorCheckIn(0, "E"), // 1
  mentorCheckIn(200, "Ee"), // 1.5
  mentorCheckIn(450, "EEE"), // 3
  mentorCheckIn(700, "EEEEe"), // 4.5
]);
const extendedOn400 = buildMoment("a", "b", 390, [["extended", 400]], "moment-1");

describe("momentEffect", () => {
  it("shows a receiver who takes off after extension as a positive difference, per year", () => {
    const effect = momentEffect(extendedOn400, takeOff)!;
    expect(effect.extendedAt).toBe(day(400));
    expect(effect.before).toMatchObject({ from: day(34), to: day(400), points: 1 });
    expect(effect.after).toMatchObject({ from: day(400), to: day(765), points: 2 });
    expect(effect.before.velocity).toBeCloseTo((0.5 * 365.25) / 366, 10);
    expect(effect.after.velocity).toBeCloseTo((3 * 365.25) / 365, 10);
    expect(effect.difference).toBeCloseTo((3 * 365.25) / 365 - (0.5 * 365.25) / 366, 10);
    expect(effect.difference).toBeGreaterThan(2.5);
    expect(effect.insufficientData).toBe(false);
  });

  it("is null for a moment never extended", () => {
    expect(momentEffect(buildMoment("a", "b", 390, [["no_change", 395]]), takeOff)).toBeNull();
  });

  it("uses a configurable window", () => {
    const effect = momentEffect(extendedOn400, takeOff, { windowMonths: 6 })!;
    // 2025-02-04 + 6 months = 2025-08-04 (day 581): progress 1.5 → 3 over 181 days.
    expect(effect.after.to).toBe(day(581));
    expect(effect.after.velocity).toBeCloseTo((1.5 * 365.25) / 181, 10);
  });

  it("marks insufficient data when a window has no point of its own", () => {
    const onlyBefore = progressSeries(fw, [mentorCheckIn(200, "E")]);
    const effect = momentEffect(extendedOn400, onlyBefore)!;
    expect(effect.insufficientData).toBe(true);
    expect(effect.after.points).toBe(0);
    expect(momentEffect(extendedOn400, [])).toMatchObject({ insufficientData: true, difference: null });
  });

  it("ends the after window at now, so the future does not count as standing still", () => {
    const effect = momentEffect(extendedOn400, takeOff, { now: day(465.25) })!;
    expect(effect.after.to).toBe(day(465.25));
    expect(effect.after.velocity).toBeCloseTo(1.5 / ((65.25 * 1) / 365.25), 10);
  });
});

const effectWith = (difference: number | null, insufficientData = false): MomentEffect => ({
  momentId: "m",
  receiverId: "b",
  extendedAt: day(0),
  before: { from: day(0), to: day(0), velocity: 0, points: 1 },
  after: { from: day(0), to: day(0), velocity: difference, points: 1 },
  difference,
  insufficientData,
});

describe("aggregateEffect", () => {
  it("gives mean and median of differences, leaving out moments without data", () => {
    expect(aggregateEffect([effectWith(1), effectWith(4), effectWith(1.5), null, effectWith(9, true)])).toEqual({
      count: 3,
      excluded: 2,
      meanDifference: 6.5 / 3,
      medianDifference: 1.5,
    });
  });

  it("takes the middle pair's mean for an even count, and nulls when nothing has data", () => {
    expect(aggregateEffect([effectWith(1), effectWith(-3), effectWith(2), effectWith(4)]).medianDifference).toBe(1.5);
    expect(aggregateEffect([null, effectWith(null)])).toEqual({
      count: 0,
      excluded: 2,
      meanDifference: null,
      medianDifference: null,
    });
  });
});
