import { describe, expect, it } from "vitest";
import { currentPosition, currentPositionAt } from "./current-position.js";
import { buildCheckIn, buildDefaultFramework, day, ratings } from "./test-factories.js";

const fw = buildDefaultFramework();

describe("currentPosition", () => {
  it("has no position before anything is submitted (drafts do not count)", () => {
    expect(currentPosition(fw, [buildCheckIn({ status: "draft", ratings: ratings(fw, "EEE") })])).toEqual({
      primary: null,
      self: null,
      mentor: null,
    });
  });

  it("uses the latest self check-in when there is no mentor view", () => {
    const current = currentPosition(fw, [
      buildCheckIn({ id: "s1", submittedAt: day(1), ratings: ratings(fw, "E") }),
      buildCheckIn({ id: "s2", submittedAt: day(2), ratings: ratings(fw, "EEe") }),
    ]);
    expect(current.primary).toMatchObject({ source: "self", checkInId: "s2", at: day(2) });
    expect(current.primary?.position.progress).toBe(2.5);
    expect(current.mentor).toBeNull();
  });

  it("prefers the mentor view over a later self check-in, and keeps both views apart", () => {
    const current = currentPosition(fw, [
      buildCheckIn({ id: "m", assessorKind: "mentor", submittedAt: day(1), ratings: ratings(fw, "EE") }),
      buildCheckIn({ id: "s", submittedAt: day(5), ratings: ratings(fw, "EEEE") }),
    ]);
    expect(current.primary).toMatchObject({ source: "mentor", checkInId: "m" });
    expect(current.primary?.position.progress).toBe(2);
    expect(current.self?.position.progress).toBe(4);
    expect(current.mentor?.position.progress).toBe(2);
  });

  it("counts a joint check-in as the mentor view; the latest of joint and mentor wins", () => {
    const current = currentPosition(fw, [
      buildCheckIn({ id: "m", assessorKind: "mentor", submittedAt: day(1), ratings: ratings(fw, "EE") }),
      buildCheckIn({ id: "j", assessorKind: "joint", submittedAt: day(3), ratings: ratings(fw, "EEe") }),
      buildCheckIn({ id: "s", submittedAt: day(4), ratings: ratings(fw, "E") }),
    ]);
    expect(current.primary).toMatchObject({ source: "joint", checkInId: "j" });
    expect(current.mentor?.checkInId).toBe("j");
    expect(current.primary?.position.progress).toBe(2.5);
  });

  it("ignores a superseded mentor check-in and uses its correction", () => {
    const current = currentPosition(fw, [
      buildCheckIn({ id: "m", assessorKind: "mentor", submittedAt: day(1), ratings: ratings(fw, "EEEE") }),
      buildCheckIn({
        id: "fix",
        assessorKind: "mentor",
        submittedAt: day(2),
        supersedes: "m",
        ratings: ratings(fw, "E"),
      }),
    ]);
    expect(current.primary).toMatchObject({ checkInId: "fix" });
    expect(current.primary?.position.progress).toBe(1);
  });

  it("falls back to self when the only mentor check-in is still a draft", () => {
    const current = currentPosition(fw, [
      buildCheckIn({ id: "s", submittedAt: day(1), ratings: ratings(fw, "E") }),
      buildCheckIn({ id: "m", assessorKind: "mentor", status: "draft", ratings: ratings(fw, "EEEE") }),
    ]);
    expect(current.primary).toMatchObject({ source: "self", checkInId: "s" });
  });

  it("computes a partial check-in's position with carried ratings", () => {
    const current = currentPosition(fw, [
      buildCheckIn({ id: "1", submittedAt: day(1), ratings: ratings(fw, "EEn") }),
      buildCheckIn({ id: "2", submittedAt: day(2), ratings: { "team-awareness": "established" } }),
    ]);
    expect(current.primary?.position.reached).toBe(3);
    expect(current.primary?.ratings.find((r) => r.stageId === "self-awareness")).toMatchObject({
      carried: true,
      sourceCheckInId: "1",
    });
  });

  it("reads the position as it stood at a past date", () => {
    const list = [
      buildCheckIn({ id: "s", submittedAt: day(1), ratings: ratings(fw, "E") }),
      buildCheckIn({ id: "m", assessorKind: "mentor", submittedAt: day(10), ratings: ratings(fw, "EEE") }),
    ];
    expect(currentPositionAt(fw, list, day(5)).primary).toMatchObject({ checkInId: "s" });
    expect(currentPositionAt(fw, list, day(10)).primary).toMatchObject({ checkInId: "m" });
    expect(currentPositionAt(fw, list, day(0)).primary).toBeNull();
  });
});
