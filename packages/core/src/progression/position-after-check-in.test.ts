import { describe, expect, it } from "vitest";
import { currentPosition } from "./current-position.js";
import { positionAfterCheckIn } from "./position-after-check-in.js";
import { buildCheckIn, buildDefaultFramework, day, ratings } from "./test-factories.js";

const fw = buildDefaultFramework();

describe("positionAfterCheckIn", () => {
  it("is the current position of the stored check-ins with the submitted one in place of its draft", () => {
    const earlier = buildCheckIn({ id: "s1", submittedAt: day(1), ratings: ratings(fw, "EE") });
    const draft = buildCheckIn({ id: "s2", status: "draft", ratings: ratings(fw, "EEEe") });
    const submitted = { ...draft, status: "submitted" as const, submittedAt: day(2) };
    const after = positionAfterCheckIn(fw, [earlier, draft], submitted);
    expect(after.current).toEqual(currentPosition(fw, [earlier, submitted]));
    expect(after.current.primary).toMatchObject({ checkInId: "s2", source: "self" });
    expect(after.current.primary?.position.progress).toBe(3.5);
  });

  it("names the author of the check-in that counts, which need not be the one just submitted", () => {
    const mentor = buildCheckIn({
      id: "m1",
      assessorKind: "mentor",
      authorId: "the-mentor",
      submittedAt: day(1),
      ratings: ratings(fw, "EE"),
    });
    const self = buildCheckIn({ id: "s1", authorId: "the-person", submittedAt: day(2), ratings: ratings(fw, "EEEE") });
    const after = positionAfterCheckIn(fw, [mentor], self);
    expect(after.current.primary?.checkInId).toBe("m1");
    expect(after.primaryAuthorId).toBe("the-mentor");
    expect(after.current.self?.position.progress).toBe(4);
  });

  it("drops a check-in its submitted correction supersedes", () => {
    const original = buildCheckIn({
      id: "m1",
      assessorKind: "mentor",
      submittedAt: day(1),
      ratings: ratings(fw, "EEEE"),
    });
    const fix = buildCheckIn({
      id: "fix",
      assessorKind: "mentor",
      supersedes: "m1",
      submittedAt: day(2),
      ratings: ratings(fw, "E"),
    });
    const after = positionAfterCheckIn(fw, [original], fix);
    expect(after.current.primary).toMatchObject({ checkInId: "fix" });
    expect(after.current.primary?.position.progress).toBe(1);
  });
});
