import type { Evidence } from "@ascent/core";
import { describe, expect, it } from "vitest";
import { bodyOf, differingFields, draftOf } from "./evidence-draft.js";

const saved: Evidence = {
  id: "e1",
  personId: "p1",
  kind: "design-doc",
  title: "Queue design",
  body: "Why we split the queue",
  url: null,
  occurredOn: "2026-03-04T00:00:00.000Z",
  stageIds: ["l2-s1", "l2-s2"],
};

describe("evidence drafts", () => {
  it("round-trips a stored item to the API body, dated at midnight UTC of its day", () => {
    // The body is the stored item less what the server owns: its id and whose it is.
    const { id: _id, personId: _personId, ...body } = saved;
    expect(bodyOf(draftOf(saved))).toEqual(body);
    expect(bodyOf({ ...draftOf(saved), url: "  https://example.test/doc ", title: " Queue " })).toMatchObject({
      url: "https://example.test/doc",
      title: "Queue",
    });
  });

  it("names the fields that differ, in the order the form shows them, ignoring stage order and edge spaces", () => {
    const base = draftOf(saved);
    expect(differingFields(base, { ...base, stageIds: ["l2-s2", "l2-s1"], title: "Queue design " })).toEqual([]);
    expect(
      differingFields(base, { ...base, body: "Another text", title: "Queue redesign", stageIds: ["l2-s1"] }),
    ).toEqual(["title", "body", "stageIds"]);
    expect(differingFields(base, { ...base, day: "2026-03-05", kind: "talk" })).toEqual(["kind", "day"]);
  });
});
