import { describe, expect, it } from "vitest";
import { formatFrameworkIssue } from "./framework-issue.js";
import { buildSourceDoc, parseValid, writeSource } from "./framework-test-factories.js";
import { parseFramework } from "./parse-framework.js";

const CUSTOM_THREE_LEVELS = `
# A smaller ladder some organisations prefer: three levels, uneven stages.
id: acme-engineering-ladder
name: ACME engineering ladder
version: "2026.1"
levels:
  - id: individual
    name: Individual
    stages:
      - id: individual.learning
        name: Learning
        signals:
          - Ships small changes with help.
          - Asks when unsure.
  - id: squad
    name: Squad
    description: |
      The squad and the services it runs.
    stages:
      - id: squad.contributor
        name: Contributor
      - id: squad.anchor
        name: Anchor
        summary: Keeps the squad's services healthy.
        signals:
          - id: squad.anchor.on-call
            text: Leads the on-call rotation.
        pitfalls: [Doing every fix alone.]
        actions: [Run a post-incident review.]
      - id: squad.steward
        name: Steward
  - id: tribe
    name: Tribe
    stages:
      - id: tribe.voice
        name: Voice
`;

describe("parseFramework reads a valid framework", () => {
  it("reads a custom three-level framework with its own names and signals", () => {
    const framework = parseValid(CUSTOM_THREE_LEVELS);
    expect(framework.levels.map((level) => level.name)).toEqual(["Individual", "Squad", "Tribe"]);
    expect(framework.levels.map((level) => level.stages.length)).toEqual([1, 3, 1]);
    expect(framework.version).toBe("2026.1");
    // Plain-text signals are numbered within their stage; written ids are kept.
    expect(framework.levels[0]!.stages[0]!.signals).toEqual([
      { id: "individual.learning.signal-1", text: "Ships small changes with help." },
      { id: "individual.learning.signal-2", text: "Asks when unsure." },
    ]);
    expect(framework.levels[1]!.stages[1]!.signals).toEqual([
      { id: "squad.anchor.on-call", text: "Leads the on-call rotation." },
    ]);
  });

  it("fills optional fields with empty text and empty lists", () => {
    const framework = parseValid(CUSTOM_THREE_LEVELS);
    const contributor = framework.levels[1]!.stages[0]!;
    expect(contributor).toEqual({
      id: "squad.contributor",
      name: "Contributor",
      summary: "",
      description: "",
      signals: [],
      pitfalls: [],
      actions: [],
      replaces: [],
    });
    expect(framework.description).toBe("");
  });

  it("trims text, so a YAML block scalar does not end in a newline", () => {
    expect(parseValid(CUSTOM_THREE_LEVELS).levels[1]!.description).toBe("The squad and the services it runs.");
  });

  it("gives the framework a content hash", () => {
    expect(parseValid(CUSTOM_THREE_LEVELS).contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("freezes everything it returns", () => {
    const framework = parseValid(CUSTOM_THREE_LEVELS);
    const stage = framework.levels[1]!.stages[1]!;
    expect(Object.isFrozen(framework)).toBe(true);
    expect(Object.isFrozen(stage.signals[0])).toBe(true);
    expect(() => {
      (stage.pitfalls as string[]).push("x");
    }).toThrow(TypeError);
  });

  it("reads the same framework from YAML and from JSON", () => {
    const doc = buildSourceDoc();
    expect(parseValid(writeSource(doc, "json"))).toEqual(parseValid(writeSource(doc, "yaml")));
  });

  it("follows YAML anchors and aliases", () => {
    const text = `id: f\nname: F\nversion: "1"\nlevels:\n  - id: a\n    name: A\n    stages:\n      - id: s\n        name: S\n        pitfalls: &common [Rushing.]\n      - id: t\n        name: T\n        pitfalls: *common\n`;
    expect(parseValid(text).levels[0]!.stages[1]!.pitfalls).toEqual(["Rushing."]);
  });

  it("ignores a byte-order mark", () => {
    expect(parseValid(`\uFEFF${writeSource(buildSourceDoc(), "json")}`).id).toBe("test-progression");
  });
});

describe("parseFramework picks the format", () => {
  const yaml = writeSource(buildSourceDoc(), "yaml");

  it("reads text that starts with { as JSON", () => {
    const result = parseFramework('{ "id": "x", }');
    expect(result).toMatchObject({ ok: false, errors: [{ line: 1, reason: expect.stringMatching(/^JSON syntax: /) }] });
  });

  it("reads other text as YAML", () => {
    expect(parseFramework(yaml).ok).toBe(true);
  });

  it("takes the format from the file name's extension", () => {
    const result = parseFramework(yaml, { fileName: "framework.json" });
    expect(result).toMatchObject({ ok: false, errors: [{ line: 1, reason: expect.stringMatching(/^JSON syntax: /) }] });
  });

  it("lets an explicit format win over the file name", () => {
    expect(parseFramework(yaml, { format: "yaml", fileName: "framework.json" }).ok).toBe(true);
  });
});

describe("formatFrameworkIssue", () => {
  const issue = { path: "levels[1].stages[0].id", line: 12, reason: "must be a slug" };

  it("prefixes the file name and line like a compiler", () => {
    expect(formatFrameworkIssue(issue, "framework.yaml")).toBe(
      "framework.yaml:12: levels[1].stages[0].id: must be a slug",
    );
  });

  it("says 'line' when there is no file name", () => {
    expect(formatFrameworkIssue(issue)).toBe("line 12: levels[1].stages[0].id: must be a slug");
  });

  it("leaves out what an issue does not have", () => {
    expect(formatFrameworkIssue({ path: "", reason: "the document is empty" }, "f.json")).toBe(
      "f.json: the document is empty",
    );
    expect(formatFrameworkIssue({ path: "version", reason: "is reused" })).toBe("version: is reused");
  });
});
