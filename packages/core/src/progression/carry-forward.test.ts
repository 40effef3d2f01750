import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { supersededIds } from "./active-check-ins.js";
import { effectiveRatings } from "./carry-forward.js";
import type { AssessorKind, CheckIn, EffectiveRating, Rating } from "./progression.types.js";
import { RATINGS } from "./rating.helper.js";
import { buildCheckIn, buildFramework, buildStage, day } from "./test-factories.js";

const fw = buildFramework([
  ["a", "b"],
  ["c", "d"],
]);
const byStage = (list: readonly EffectiveRating[]) => Object.fromEntries(list.map((r) => [r.stageId, r]));

describe("effectiveRatings", () => {
  it("keeps the check-in's own ratings, not carried, sourced from itself", () => {
    const checkIn = buildCheckIn({ id: "now", ratings: { a: "established" } });
    expect(byStage(effectiveRatings(fw, checkIn, [checkIn])).a).toEqual({
      stageId: "a",
      rating: "established",
      carried: false,
      sourceCheckInId: "now",
    });
  });

  it("defaults an unrated stage to not_yet, carried, with no source, when nothing earlier rated it", () => {
    const empty = buildCheckIn({ id: "now" });
    expect(effectiveRatings(fw, empty, [])).toEqual(
      ["a", "b", "c", "d"].map((stageId) => ({ stageId, rating: "not_yet", carried: true })),
    );
  });

  it("carries the latest earlier rating of the same stage by the same assessor kind", () => {
    const first = buildCheckIn({ id: "1", submittedAt: day(1), ratings: { a: "emerging", b: "emerging" } });
    const second = buildCheckIn({ id: "2", submittedAt: day(2), ratings: { a: "established" } });
    const now = buildCheckIn({ id: "3", submittedAt: day(3), ratings: { c: "emerging" } });
    const result = byStage(effectiveRatings(fw, now, [now, second, first]));
    expect(result.a).toEqual({ stageId: "a", rating: "established", carried: true, sourceCheckInId: "2" });
    // The latest check-in that rated the stage, even if a later one left it out.
    expect(result.b).toEqual({ stageId: "b", rating: "emerging", carried: true, sourceCheckInId: "1" });
    expect(result.c).toMatchObject({ rating: "emerging", carried: false });
    expect(result.d).toEqual({ stageId: "d", rating: "not_yet", carried: true });
  });

  it("never carries from another assessor kind or another person", () => {
    const mentor = buildCheckIn({
      id: "m",
      assessorKind: "mentor",
      submittedAt: day(1),
      ratings: { a: "established" },
    });
    const joint = buildCheckIn({ id: "j", assessorKind: "joint", submittedAt: day(1), ratings: { a: "established" } });
    const other = buildCheckIn({ id: "o", personId: "p2", submittedAt: day(1), ratings: { a: "established" } });
    const now = buildCheckIn({ id: "now", submittedAt: day(2) });
    expect(byStage(effectiveRatings(fw, now, [mentor, joint, other])).a?.rating).toBe("not_yet");
  });

  it("never carries from drafts or superseded check-ins", () => {
    const superseded = buildCheckIn({ id: "old", submittedAt: day(1), ratings: { a: "established" } });
    const correction = buildCheckIn({ id: "fix", submittedAt: day(2), supersedes: "old", ratings: { b: "emerging" } });
    const draft = buildCheckIn({ id: "draft", status: "draft", ratings: { c: "established" } });
    const now = buildCheckIn({ id: "now", submittedAt: day(3) });
    const result = byStage(effectiveRatings(fw, now, [superseded, correction, draft, now]));
    expect(result.a?.rating).toBe("not_yet");
    expect(result.b).toMatchObject({ rating: "emerging", sourceCheckInId: "fix" });
    expect(result.c?.rating).toBe("not_yet");
  });

  it("carries only from check-ins submitted before this one (ties broken by id)", () => {
    const later = buildCheckIn({ id: "later", submittedAt: day(5), ratings: { a: "established" } });
    const sameTimeLowerId = buildCheckIn({ id: "a-same", submittedAt: day(2), ratings: { b: "emerging" } });
    const sameTimeHigherId = buildCheckIn({ id: "z-same", submittedAt: day(2), ratings: { c: "emerging" } });
    const now = buildCheckIn({ id: "m-now", submittedAt: day(2) });
    const result = byStage(effectiveRatings(fw, now, [later, sameTimeLowerId, sameTimeHigherId]));
    expect(result.a?.rating).toBe("not_yet");
    expect(result.b?.rating).toBe("emerging");
    expect(result.c?.rating).toBe("not_yet");
  });

  it("lets a draft carry from every submitted check-in, except the one it is correcting", () => {
    const earlier = buildCheckIn({ id: "e", submittedAt: day(1), ratings: { a: "established" } });
    const corrected = buildCheckIn({ id: "c", submittedAt: day(9), ratings: { a: "emerging", b: "emerging" } });
    const draft = buildCheckIn({ id: "d", status: "draft", supersedes: "c", createdAt: day(10) });
    const result = byStage(effectiveRatings(fw, draft, [earlier, corrected]));
    expect(result.a).toMatchObject({ rating: "established", sourceCheckInId: "e" });
    expect(result.b?.rating).toBe("not_yet");
  });

  it("carries a rating recorded under an id the stage now replaces", () => {
    const renamed = { ...fw, levels: [{ ...fw.levels[0]!, stages: [buildStage("a2", { replaces: ["a"] })] }] };
    const earlier = buildCheckIn({ id: "e", submittedAt: day(1), ratings: { a: "established" } });
    const now = buildCheckIn({ id: "n", submittedAt: day(2) });
    expect(effectiveRatings(renamed, now, [earlier])).toEqual([
      { stageId: "a2", rating: "established", carried: true, sourceCheckInId: "e" },
    ]);
  });
});

const stageIds = ["a", "b", "c", "d"];
const ratingsArb = fc.dictionary(fc.constantFrom(...stageIds), fc.constantFrom<Rating>(...RATINGS), { maxKeys: 4 });
const checkInArb = (index: number) =>
  fc
    .record({
      assessorKind: fc.constantFrom<AssessorKind>("self", "mentor", "joint"),
      status: fc.constantFrom<CheckIn["status"]>("submitted", "submitted", "draft"),
      day: fc.nat(30),
      ratings: ratingsArb,
      supersedes: fc.option(fc.nat(9), { nil: undefined }),
    })
    .map((r) =>
      buildCheckIn({
        id: `c${index}`,
        assessorKind: r.assessorKind,
        status: r.status,
        ...(r.status === "submitted" ? { submittedAt: day(r.day) } : {}),
        ratings: r.ratings,
        ...(r.supersedes !== undefined ? { supersedes: `c${r.supersedes}` } : {}),
      }),
    );
const historyArb = fc
  .integer({ min: 1, max: 10 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => checkInArb(i))));

describe("effectiveRatings properties", () => {
  it("never invents a rating nor reads a draft or superseded one: every carried rating is some earlier rating of that stage by that kind, or not_yet", () => {
    fc.assert(
      fc.property(historyArb, fc.nat(9), (history, pick) => {
        const checkIn = history[pick % history.length]!;
        return effectiveRatings(fw, checkIn, history).every((r) => {
          if (!r.carried) return checkIn.ratings[r.stageId] === r.rating;
          if (r.sourceCheckInId === undefined) return r.rating === "not_yet";
          const source = history.find((c) => c.id === r.sourceCheckInId);
          return (
            source !== undefined &&
            !supersededIds(history).has(source.id) &&
            source.status === "submitted" &&
            source.assessorKind === checkIn.assessorKind &&
            source.ratings[r.stageId] === r.rating &&
            (checkIn.status === "draft" || source.submittedAt! <= checkIn.submittedAt!)
          );
        });
      }),
    );
  });
});
