import { describe, expect, it } from "vitest";
import { validateCheckIn } from "./check-in-validation.js";
import type { CheckIn } from "./progression.types.js";
import { buildCheckIn, buildFramework, day } from "./test-factories.js";

const fw = buildFramework([["a", "b"]], { signals: { a: ["s1"] } });

const issuesOf = (checkIn: CheckIn) => {
  const result = validateCheckIn(fw, checkIn);
  return result.ok ? [] : result.issues;
};

describe("validateCheckIn", () => {
  it("accepts a well-formed submitted check-in", () => {
    expect(validateCheckIn(fw, buildCheckIn({ ratings: { a: "established" }, signalTicks: { a: ["s1"] } }))).toEqual({
      ok: true,
    });
  });

  it("accepts a draft without submittedAt", () => {
    expect(validateCheckIn(fw, buildCheckIn({ status: "draft" })).ok).toBe(true);
  });

  it("names an unknown stage id and a bad rating, field by field", () => {
    const checkIn = buildCheckIn({ ratings: { zzz: "established", b: "great" as never } });
    expect(issuesOf(checkIn)).toEqual([
      { field: "ratings.zzz", reason: "is not a stage of this framework" },
      { field: "ratings.b", reason: "must be not_yet, emerging or established" },
    ]);
  });

  it("names unknown and duplicate signal ticks, and ticks on unknown stages", () => {
    const checkIn = buildCheckIn({ signalTicks: { a: ["s1", "nope", "s1"], q: ["s1"] } });
    expect(issuesOf(checkIn).map((i) => i.field)).toEqual(["signalTicks.a[1]", "signalTicks.a[2]", "signalTicks.q"]);
  });

  it("requires submittedAt once submitted and forbids it on drafts", () => {
    const { submittedAt: _dropped, ...submitted } = buildCheckIn();
    expect(issuesOf(submitted)).toEqual([
      { field: "submittedAt", reason: "is required once the check-in is submitted" },
    ]);
    expect(issuesOf(buildCheckIn({ status: "draft", submittedAt: day(1) }))).toEqual([
      { field: "submittedAt", reason: "a draft has not been submitted yet" },
    ]);
  });

  it("refuses dates that are not timestamps or a submission before creation", () => {
    expect(issuesOf(buildCheckIn({ createdAt: "yesterday" })).map((i) => i.field)).toEqual(["createdAt"]);
    expect(issuesOf(buildCheckIn({ createdAt: day(2), submittedAt: day(1) }))).toEqual([
      { field: "submittedAt", reason: "is earlier than createdAt" },
    ]);
  });

  it("refuses a self check-in written by someone else, an unknown assessor and self-supersession", () => {
    const checkIn = buildCheckIn({ id: "x", authorId: "someone-else", supersedes: "x" });
    expect(issuesOf(checkIn).map((i) => i.field)).toEqual(["authorId", "supersedes"]);
    expect(issuesOf(buildCheckIn({ assessorKind: "boss" as never })).map((i) => i.field)).toEqual(["assessorKind"]);
  });

  it("flags a check-in made against another framework version", () => {
    expect(issuesOf(buildCheckIn({ frameworkHash: "other" }))).toEqual([
      { field: "frameworkHash", reason: "was made against another framework version than this one" },
    ]);
  });

  it("requires ids", () => {
    expect(issuesOf(buildCheckIn({ id: " ", personId: "" })).map((i) => i.field)).toEqual(
      expect.arrayContaining(["id", "personId"]),
    );
  });
});
