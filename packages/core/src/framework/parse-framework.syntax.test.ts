import { describe, expect, it } from "vitest";
import type { FrameworkIssue } from "./framework.types.js";
import { parseFramework } from "./parse-framework.js";

const STAGES = "    stages:\n      - id: s\n        name: S\n";
const HEAD = 'id: f\nname: F\nversion: "1"\nlevels:\n  - id: a\n    name: A\n';

function errorsOf(text: string, format: "yaml" | "json"): readonly FrameworkIssue[] {
  const result = parseFramework(text, { format });
  if (result.ok) throw new Error("expected the text to be rejected");
  return result.errors;
}

describe("parseFramework reports YAML syntax errors with their line", () => {
  it("an unclosed quote, at the line where it opens", () => {
    expect(errorsOf('id: f\nname: "Broken\nversion: "1"\nlevels: []\n', "yaml")).toEqual([
      { path: "name", line: 2, reason: 'YAML syntax: this quoted text is never closed (Missing closing "quote)' },
    ]);
  });

  it("bad indentation", () => {
    const text = `${HEAD}     stages:\n      - id: s\n        name: S\n`;
    expect(errorsOf(text, "yaml")).toEqual([
      {
        path: "",
        line: 6,
        reason:
          'YAML syntax: bad indentation or a missing ":", on this line or the next (Nested mappings are not allowed in compact mappings)',
      },
    ]);
  });

  it("a tab used for indentation", () => {
    expect(errorsOf("id: f\n\tname: F\n", "yaml")).toEqual([
      { path: "", line: 2, reason: "YAML syntax: tabs cannot indent YAML; indent with spaces" },
    ]);
  });

  it("a second document", () => {
    expect(errorsOf(`${HEAD}${STAGES}---\nid: g\n`, "yaml")).toEqual([
      {
        path: "",
        line: 10,
        reason: 'YAML syntax: the text holds more than one document (a second "---"); a framework is one document',
      },
    ]);
  });

  it("duplicate keys, each with the line of the first", () => {
    expect(errorsOf(`${HEAD}    name: B\n${STAGES}        name: T\n`, "yaml")).toEqual([
      { path: "levels[0].name", line: 7, reason: "duplicate field; `name` is already set on line 6" },
      { path: "levels[0].stages[0].name", line: 11, reason: "duplicate field; `name` is already set on line 10" },
    ]);
  });
});

describe("parseFramework reports JSON syntax errors with their line", () => {
  const cases: readonly [string, string, number, string][] = [
    [
      "a missing comma",
      '{\n  "id": "f",\n  "name": "F"\n  "version": "1"\n}',
      4,
      "expected `,` or `}` after a field's value, found `\"`",
    ],
    [
      "a trailing comma",
      '{\n  "levels": [\n    {"id": "a"},\n  ]\n}',
      4,
      "a comma before `]` is not allowed in JSON; remove the trailing comma",
    ],
    [
      "single quotes",
      "{\n  'id': 'f'\n}",
      2,
      "expected a field name in double quotes, found `'` (JSON text needs double quotes)",
    ],
    [
      "a comment",
      '{\n  // the id\n  "id": "f"\n}',
      2,
      "expected a field name in double quotes, found `/` (JSON has no comments)",
    ],
    ["an unclosed list", '{\n  "id": "f",\n  "levels": [\n', 3, "this `[` is never closed; add the missing `]`"],
    [
      "an unclosed text",
      '{\n  "id": "f,\n  "name": "F"\n}',
      2,
      "text in quotes cannot span lines; write `\\n` for a line break",
    ],
    [
      "a misspelt literal",
      '{\n  "id": tru\n}',
      2,
      "expected a value (text in double quotes, a number, true, false, null, {…} or […]), found `tru`",
    ],
    ["text after the document", '{"id": "f"}\n{}', 2, "unexpected `{` after the end of the JSON document"],
  ];

  it.each(cases)("%s", (_title, text, line, reason) => {
    expect(errorsOf(text, "json")).toEqual([{ path: "", line, reason: `JSON syntax: ${reason}` }]);
  });

  it("duplicate keys, which JSON.parse would silently accept", () => {
    const text =
      '{\n  "id": "f",\n  "id": "g",\n  "name": "F", "version": "1",\n  "levels": [{"id": "a", "name": "A", "stages": [{"id": "s", "name": "S"}]}]\n}';
    expect(errorsOf(text, "json")).toEqual([
      { path: "id", line: 3, reason: "duplicate field; `id` is already set on line 2" },
    ]);
  });
});

describe("parseFramework rejects documents that are not a framework", () => {
  it.each(["", "   \n", "# only a comment\n", "~\n"])("an empty document %j", (text) => {
    expect(errorsOf(text, "yaml")).toEqual([
      { path: "", reason: "the document is empty; a framework needs at least id, name, version and levels" },
    ]);
  });

  it.each([
    ["yaml", "- id: a\n- id: b\n", "a list"],
    ["yaml", "just some words\n", "text"],
    ["json", "[1, 2]", "a list"],
    ["json", "42", "the number 42"],
  ] as const)("a %s document that is not a mapping: %j", (format, text, found) => {
    expect(errorsOf(text, format)).toEqual([
      { path: "", line: 1, reason: `the document must be a mapping with id, name, version and levels, found ${found}` },
    ]);
  });

  it("a document that is too large", () => {
    const [error] = errorsOf(`description: "${"x".repeat(1_000_001)}"`, "yaml");
    expect(error?.reason).toMatch(/^the document is \d+ characters long; at most 1000000 are accepted$/);
  });
});
