import type { Evidence } from "@ascent/core";
import { describe, expect, it } from "vitest";
import { filterEvidence, isFiltering, NO_FILTER } from "./evidence-filter.js";
import { evidenceKindWords } from "./evidence-kinds.js";

function item(id: string, fields: Partial<Evidence>): Evidence {
  return {
    id,
    personId: "p1",
    kind: "note",
    title: id,
    body: "",
    url: null,
    occurredOn: "2026-01-01T00:00:00.000Z",
    stageIds: [],
    ...fields,
  };
}

const list = [
  item("a", {
    title: "Résumé of the outage review",
    kind: "incident-review",
    stageIds: ["l2-s1"],
    occurredOn: "2026-03-01T00:00:00.000Z",
  }),
  item("b", {
    title: "Storage decision",
    body: "Chose PostgreSQL after a spike",
    kind: "decision-record",
    stageIds: ["l2-s2", "l3-s1"],
    occurredOn: "2026-04-01T00:00:00.000Z",
  }),
  item("c", {
    title: "Talk at the guild",
    url: "https://example.test/guild-talk",
    kind: "talk",
    stageIds: ["l3-s1"],
    occurredOn: "2026-02-01T00:00:00.000Z",
  }),
];

const ids = (filter: { stageId?: string; text?: string }) =>
  filterEvidence(list, { ...NO_FILTER, ...filter }, evidenceKindWords).map((e) => e.id);

describe("filtering the evidence list", () => {
  it("shows everything, newest first, when nothing is asked", () => {
    expect(ids({})).toEqual(["b", "a", "c"]);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it("keeps the items linked to the chosen stage", () => {
    expect(ids({ stageId: "l3-s1" })).toEqual(["b", "c"]);
    expect(ids({ stageId: "l1-s1" })).toEqual([]);
  });

  it("finds every word anywhere in title, text, link or kind, ignoring case and accents", () => {
    expect(ids({ text: "resume" })).toEqual(["a"]);
    expect(ids({ text: "postgresql STORAGE" })).toEqual(["b"]);
    expect(ids({ text: "guild-talk" })).toEqual(["c"]);
    expect(ids({ text: "incident review" })).toEqual(["a"]);
    expect(ids({ text: "storage guild" })).toEqual([]);
  });

  it("combines stage and words", () => {
    expect(ids({ stageId: "l3-s1", text: "talk" })).toEqual(["c"]);
    expect(isFiltering({ stageId: "", text: "  " })).toBe(false);
    expect(isFiltering({ stageId: "l3-s1", text: "" })).toBe(true);
  });
});
