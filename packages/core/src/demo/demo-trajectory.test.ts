import { describe, expect, it } from "vitest";
import { DAY_MS } from "./demo-time.js";
import { hAt, ratingsForH, risingTrajectory, takeOffTrajectory } from "./demo-trajectory.js";
import { createRandom } from "./seeded-random.js";

const FROM = Date.parse("2024-08-01T00:00:00.000Z");
const TO = Date.parse("2026-11-01T00:00:00.000Z");

describe("demo trajectories", () => {
  it("rise one half step at a time to where the person is today, never past the end of the record", () => {
    for (let seed = 0; seed < 50; seed++) {
      const trajectory = risingTrajectory(createRandom(seed), FROM, TO, 9, 3);
      expect(hAt(trajectory, FROM)).toBe(6);
      expect(hAt(trajectory, TO)).toBe(9);
      for (const point of trajectory) expect(point.at >= FROM && point.at <= TO - 59 * DAY_MS).toBe(true);
    }
  });

  it("keeps a new joiner's first steps inside a short record", () => {
    const to = FROM + 30 * DAY_MS;
    const trajectory = risingTrajectory(createRandom(4), FROM, to, 1, 1);
    expect(hAt(trajectory, to)).toBe(1);
  });

  it("stay flat until the moment a take-off turns, then climb", () => {
    const turn = FROM + 300 * DAY_MS;
    const trajectory = takeOffTrajectory(createRandom(2), FROM, turn, TO, 4, 7);
    expect(hAt(trajectory, turn)).toBe(4);
    expect(hAt(trajectory, turn + 360 * DAY_MS)).toBe(7);
  });

  it("rates stages so that awareness comes before ownership: established, then emerging, then not yet", () => {
    expect(ratingsForH(5, 8)).toEqual([
      "established",
      "established",
      "emerging",
      "not_yet",
      "not_yet",
      "not_yet",
      "not_yet",
      "not_yet",
    ]);
    expect(ratingsForH(16, 8).every((r) => r === "established")).toBe(true);
    expect(ratingsForH(0, 8).every((r) => r === "not_yet")).toBe(true);
  });
});
