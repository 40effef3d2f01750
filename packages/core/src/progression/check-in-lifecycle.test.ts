import { describe, expect, it } from "vitest";
import { DomainError, isDomainError } from "../domain-error.js";
import { activeCheckIns } from "./active-check-ins.js";
import { startCheckIn, startCorrection, submitDraft, updateDraft } from "./check-in-lifecycle.js";
import { buildCheckIn, day } from "./test-factories.js";

const newDraft = () =>
  startCheckIn({ id: "d1", personId: "p1", authorId: "p1", assessorKind: "self", frameworkHash: "test" }, day(1));

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return "no error";
};

describe("check-in lifecycle", () => {
  it("starts an empty draft dated when it was started", () => {
    expect(newDraft()).toMatchObject({ status: "draft", createdAt: day(1), ratings: {} });
    expect(newDraft().submittedAt).toBeUndefined();
  });

  it("lets the author edit a draft", () => {
    const edited = updateDraft(newDraft(), { ratings: { a: "emerging" }, notes: "first go" });
    expect(edited).toMatchObject({ ratings: { a: "emerging" }, notes: "first go", status: "draft" });
  });

  it("submits a draft once, dated", () => {
    const submitted = submitDraft(newDraft(), day(2));
    expect(submitted).toMatchObject({ status: "submitted", submittedAt: day(2) });
    expect(codeOf(() => submitDraft(submitted, day(3)))).toBe("check_in_already_submitted");
  });

  it("refuses to edit a submitted check-in", () => {
    const submitted = submitDraft(newDraft(), day(2));
    expect(() => updateDraft(submitted, { notes: "sneaky" })).toThrow(DomainError);
    expect(codeOf(() => updateDraft(submitted, { notes: "sneaky" }))).toBe("check_in_not_editable");
  });

  it("refuses a submission dated before the draft was started, or not a date", () => {
    expect(codeOf(() => submitDraft(newDraft(), day(0)))).toBe("date_out_of_order");
    expect(codeOf(() => submitDraft(newDraft(), "soon"))).toBe("invalid_date");
  });

  it("starts a correction that copies the original and supersedes it", () => {
    const original = buildCheckIn({ id: "o", assessorKind: "mentor", ratings: { a: "emerging" }, notes: "n" });
    const correction = startCorrection(original, { id: "fix", authorId: "mentor-1" }, day(5));
    expect(correction).toMatchObject({
      id: "fix",
      status: "draft",
      supersedes: "o",
      personId: "p1",
      assessorKind: "mentor",
      ratings: { a: "emerging" },
      notes: "n",
    });
  });

  it("refuses to correct a draft", () => {
    expect(codeOf(() => startCorrection(newDraft(), { id: "x", authorId: "p1" }, day(3)))).toBe(
      "check_in_not_submitted",
    );
  });
});

describe("activeCheckIns", () => {
  it("keeps submitted check-ins oldest first, ties broken by id, and drops drafts", () => {
    const list = [
      buildCheckIn({ id: "b", submittedAt: day(3) }),
      buildCheckIn({ id: "draft", status: "draft" }),
      buildCheckIn({ id: "a", submittedAt: day(3) }),
      buildCheckIn({ id: "z", submittedAt: day(1) }),
    ];
    expect(activeCheckIns(list).map((c) => c.id)).toEqual(["z", "a", "b"]);
  });

  it("drops a check-in superseded by a submitted correction, but not by a draft one", () => {
    const original = buildCheckIn({ id: "o", submittedAt: day(1) });
    const draftFix = buildCheckIn({ id: "f", status: "draft", supersedes: "o" });
    expect(activeCheckIns([original, draftFix]).map((c) => c.id)).toEqual(["o"]);
    const fix = submitDraft(draftFix, day(2));
    expect(activeCheckIns([original, fix]).map((c) => c.id)).toEqual(["f"]);
  });

  it("keeps a superseded check-in out even when its correction is itself corrected", () => {
    const list = [
      buildCheckIn({ id: "o", submittedAt: day(1) }),
      buildCheckIn({ id: "f1", submittedAt: day(2), supersedes: "o" }),
      buildCheckIn({ id: "f2", submittedAt: day(3), supersedes: "f1" }),
    ];
    expect(activeCheckIns(list).map((c) => c.id)).toEqual(["f2"]);
  });

  it("ignores a 'correction' of another person's check-in", () => {
    const list = [
      buildCheckIn({ id: "o", personId: "p1", submittedAt: day(1) }),
      buildCheckIn({ id: "f", personId: "p2", submittedAt: day(2), supersedes: "o" }),
    ];
    expect(activeCheckIns(list).map((c) => c.id)).toEqual(["o", "f"]);
  });
});
