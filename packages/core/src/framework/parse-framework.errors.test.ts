import { describe, expect, it } from "vitest";
import type { FrameworkIssue } from "./framework.types.js";
import { buildSourceDoc, lineContaining, type SourceDoc, writeSource } from "./framework-test-factories.js";
import { parseFramework } from "./parse-framework.js";
import type { FrameworkFormat } from "./read-framework-source.js";

const SLUG_REASON =
  'must be a slug (lowercase letters a-z, digits 0-9, "-", "." and "_", starting with a letter or digit)';

/** The line of `id: <id>` (YAML) or `"id": "<id>"` (JSON), exactly that id, the nth time. */
function idLine(text: string, id: string, nth = 1): number {
  const pattern = new RegExp(`^\\s*(- )?"?id"?: "?${id.replace(/[.]/g, "\\.")}"?,?$`);
  let seen = 0;
  for (const [index, line] of text.split("\n").entries()) if (pattern.test(line) && ++seen === nth) return index + 1;
  throw new Error(`no id line for ${id}`);
}

/** The line of a list item that is exactly `value` (`- value` in YAML, `"value"` in JSON). */
function itemLine(text: string, value: string): number {
  const pattern = new RegExp(`^\\s*(- )?"?${value}"?,?$`);
  const index = text.split("\n").findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`no item line for ${value}`);
  return index + 1;
}

/** The line where the mapping holding `snippet` opens: its own line in YAML, the `{` above it in JSON. */
function mappingLine(text: string, format: FrameworkFormat, snippet: string): number {
  return lineContaining(text, snippet) - (format === "json" ? 1 : 0);
}

interface MalformedCase {
  readonly title: string;
  readonly spoil: (doc: SourceDoc) => void;
  readonly path: string;
  readonly reason: string | ((text: string) => string);
  readonly line: (text: string, format: FrameworkFormat) => number;
  /** How many other issues the same defect rightly causes (e.g. a misspelt field is also a missing one). */
  readonly alsoReported?: number;
}

const stageWith = (id: string) => ({ id, name: id.toUpperCase() });

const CASES: readonly MalformedCase[] = [
  {
    title: "the framework has no name",
    spoil: (doc) => {
      delete doc.name;
    },
    path: "name",
    reason: "required field is missing",
    line: () => 1,
  },
  {
    title: "a stage name is a number",
    spoil: (doc) => {
      doc.levels[0].stages[1].name = 42;
    },
    path: "levels[0].stages[1].name",
    reason: 'must be text, found the number 42; write it in quotes if you mean the text: "42"',
    line: (text) => lineContaining(text, "42"),
  },
  {
    title: "the version is a number",
    spoil: (doc) => {
      doc.version = 2;
    },
    path: "version",
    reason: 'must be text, found the number 2; write it in quotes if you mean the text: "2"',
    line: (text) => lineContaining(text, "version"),
  },
  {
    title: "a level name is blank",
    spoil: (doc) => {
      doc.levels[1].name = "   ";
    },
    path: "levels[1].name",
    reason: "must not be empty",
    line: (text) => lineContaining(text, '"   "'),
  },
  {
    title: "a stage id is not a slug",
    spoil: (doc) => {
      doc.levels[1].stages[0].id = "Team Lead";
    },
    path: "levels[1].stages[0].id",
    reason: `${SLUG_REASON}, found "Team Lead"`,
    line: (text) => lineContaining(text, "Team Lead"),
  },
  {
    title: "a field name is misspelt",
    spoil: (doc) => {
      doc.levels[1].stags = doc.levels[1].stages;
      delete doc.levels[1].stages;
    },
    path: "levels[1].stags",
    reason: "unknown field; did you mean `stages`?",
    line: (text) => lineContaining(text, "stags"),
    alsoReported: 1, // levels[1].stages: required field is missing
  },
  {
    title: "an unknown field has no near match",
    spoil: (doc) => {
      doc.levels[0].stages[0].colour = "blue";
    },
    path: "levels[0].stages[0].colour",
    reason:
      "unknown field; the fields allowed here are id, name, summary, description, signals, pitfalls, actions, replaces",
    line: (text) => lineContaining(text, "colour"),
  },
  {
    title: "two levels share a stage id",
    spoil: (doc) => {
      doc.levels[1].stages[0] = stageWith("self-awareness");
    },
    path: "levels[1].stages[0].id",
    reason: (text) =>
      `duplicate stage id "self-awareness"; levels[0].stages[0].id already uses it (line ${idLine(text, "self-awareness")})`,
    line: (text) => idLine(text, "self-awareness", 2),
  },
  {
    title: "two levels share an id",
    spoil: (doc) => {
      doc.levels[1].id = "self";
    },
    path: "levels[1].id",
    reason: (text) => `duplicate level id "self"; levels[0].id already uses it (line ${idLine(text, "self")})`,
    line: (text) => idLine(text, "self", 2),
  },
  {
    title: "two signals share an id",
    spoil: (doc) => {
      doc.levels[0].stages[1].signals[0].id = "self-awareness.first";
    },
    path: "levels[0].stages[1].signals[0].id",
    reason: (text) =>
      `duplicate signal id "self-awareness.first"; levels[0].stages[0].signals[0].id already uses it (line ${idLine(text, "self-awareness.first")})`,
    line: (text) => idLine(text, "self-awareness.first", 2),
  },
  {
    title: "a plain signal's generated id is already taken",
    spoil: (doc) => {
      doc.levels[0].stages[0].signals[0].id = "self-awareness.signal-2";
    },
    path: "levels[0].stages[0].signals[1]",
    reason: (text) =>
      `duplicate signal id "self-awareness.signal-2"; levels[0].stages[0].signals[0].id already uses it (line ${idLine(text, "self-awareness.signal-2")})`,
    line: (text) => lineContaining(text, "Second sign of self-awareness."),
  },
  {
    title: "a stage replaces a stage of the same version",
    spoil: (doc) => {
      doc.levels[1].stages[1].replaces = ["team-awareness"];
    },
    path: "levels[1].stages[1].replaces[0]",
    reason: (text) =>
      `"team-awareness" is a stage of this version (line ${idLine(text, "team-awareness")}); \`replaces\` names stage ids of earlier versions only`,
    line: (text) => itemLine(text, "team-awareness"),
  },
  {
    title: "a stage replaces itself",
    spoil: (doc) => {
      doc.levels[0].stages[0].replaces = ["self-awareness"];
    },
    path: "levels[0].stages[0].replaces[0]",
    reason: "a stage cannot replace itself; list only ids the stage had in earlier versions",
    line: (text) => itemLine(text, "self-awareness"),
  },
  {
    title: "two stages replace the same old id",
    spoil: (doc) => {
      doc.levels[0].stages[0].replaces = ["beginner"];
      doc.levels[0].stages[1].replaces = ["beginner"];
    },
    path: "levels[0].stages[1].replaces[0]",
    reason: (text) =>
      `"beginner" is replaced twice; stage "self-awareness" already replaces it (line ${itemLine(text, "beginner")}), and an old stage can continue as one stage only`,
    line: (text) => lineContaining(text, "beginner", 2),
  },
  {
    title: "an id is longer than 64 characters",
    spoil: (doc) => {
      doc.id = "a".repeat(65);
    },
    path: "id",
    reason: "is 65 characters long; ids may have at most 64",
    line: (text) => lineContaining(text, "aaaa"),
  },
  {
    title: "a name is longer than 80 characters",
    spoil: (doc) => {
      doc.levels[0].name = "N".repeat(81);
    },
    path: "levels[0].name",
    reason: "is 81 characters long; at most 80 are allowed",
    line: (text) => lineContaining(text, "NNNN"),
  },
  {
    title: "there are 13 levels",
    spoil: (doc) => {
      doc.levels = Array.from({ length: 13 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, stages: [stageWith(`s${i}`)] }));
    },
    path: "levels",
    reason: "has 13 levels; at most 12 are allowed, the most the diagrams can draw",
    line: (text) => lineContaining(text, "levels"),
  },
  {
    title: "a level has 5 stages",
    spoil: (doc) => {
      doc.levels[0].stages = ["a", "b", "c", "d", "e"].map(stageWith);
    },
    path: "levels[0].stages",
    reason: "has 5 stages; a level may have at most 4, the most the diagrams can draw side by side",
    line: (text) => lineContaining(text, "stages"),
  },
  {
    title: "there are no levels",
    spoil: (doc) => {
      doc.levels = [];
    },
    path: "levels",
    reason: "must list at least one level",
    line: (text) => lineContaining(text, "levels"),
  },
  {
    title: "a level has no stages",
    spoil: (doc) => {
      doc.levels[1].stages = [];
    },
    path: "levels[1].stages",
    reason: "must list at least one stage",
    line: (text) => lineContaining(text, "stages", 2),
  },
  {
    title: "a stage has no id",
    spoil: (doc) => {
      delete doc.levels[0].stages[1].id;
    },
    path: "levels[0].stages[1].id",
    reason: "required field is missing",
    line: (text, format) => mappingLine(text, format, "Ownership"),
  },
  {
    title: "a signal is a list",
    spoil: (doc) => {
      doc.levels[0].stages[0].signals[1] = ["nested"];
    },
    path: "levels[0].stages[0].signals[1]",
    reason: "must be text or a mapping with id and text, found a list",
    line: (text, format) => lineContaining(text, "nested") - (format === "json" ? 1 : 0),
  },
  {
    title: "a signal mapping has no text",
    spoil: (doc) => {
      delete doc.levels[1].stages[1].signals[0].text;
    },
    path: "levels[1].stages[1].signals[0].text",
    reason: "required field is missing",
    line: (text, format) => mappingLine(text, format, "team-ownership.first"),
  },
  {
    title: "pitfalls are one text instead of a list",
    spoil: (doc) => {
      doc.levels[0].stages[0].pitfalls = "Rushing.";
    },
    path: "levels[0].stages[0].pitfalls",
    reason: "must be a list of pitfalls, found text",
    line: (text) => lineContaining(text, "Rushing."),
  },
  {
    title: "a level is a text instead of a mapping",
    spoil: (doc) => {
      doc.levels[1] = "Team";
    },
    path: "levels[1]",
    reason: "must be a level (a mapping with id, name, description, stages), found text",
    line: (text) => itemLine(text, "Team"),
  },
];

describe.each(["yaml", "json"] as const)("parseFramework reports a malformed framework (%s)", (format) => {
  it.each(CASES)("when $title", (testCase) => {
    const doc = buildSourceDoc();
    testCase.spoil(doc);
    const text = writeSource(doc, format);
    const result = parseFramework(text, { format });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const reason = typeof testCase.reason === "string" ? testCase.reason : testCase.reason(text);
    const expected: FrameworkIssue = { path: testCase.path, line: testCase.line(text, format), reason };
    expect(result.errors).toContainEqual(expected);
    expect(result.errors).toHaveLength(1 + (testCase.alsoReported ?? 0));
  });
});

describe("parseFramework collects every problem", () => {
  it("reports all of them at once, in line order", () => {
    const doc = buildSourceDoc();
    delete doc.version;
    doc.levels[0].stages[0].id = "Self Awareness";
    doc.levels[1].nmae = "Team";
    doc.levels[1].stages[1].replaces = ["team-ownership"];
    const text = writeSource(doc, "yaml");
    const result = parseFramework(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((issue) => issue.path)).toEqual([
      "version",
      "levels[0].stages[0].id",
      "levels[1].stages[1].replaces[0]",
      "levels[1].nmae", // written last in its level, so found last
    ]);
    const lines = result.errors.map((issue) => issue.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(result.errors[3]!.reason).toBe("unknown field; did you mean `name`?");
  });
});
