import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworkContentHash } from "./framework-content-hash.js";
import { buildSourceDoc, parseValid, type SourceDoc, writeSource } from "./framework-test-factories.js";

const YAML_WITH_COMMENTS = `
# Comments, key order, quoting and spacing are not content.
version: '1.0.0'
name: "Test Progression"
id: test-progression
description: >-
  A small framework
  for tests.
levels:
  - name: Self          # the bottom level
    id: self
    description: Own work.
    stages:
      - { id: self-awareness, name: Awareness, summary: Awareness in one line., description: What awareness looks like.,
          signals: [ {text: First sign of self-awareness., id: self-awareness.first}, Second sign of self-awareness. ],
          pitfalls: [A trap at self-awareness.], actions: [A step towards self-awareness.] }
      - id: self-ownership
        name: Ownership
        summary: Ownership in one line.
        description: What ownership looks like.
        signals:
          - id: self-ownership.first
            text: First sign of self-ownership.
          - id: self-ownership.signal-2
            text: Second sign of self-ownership.
        pitfalls: [A trap at self-ownership.]
        actions: [A step towards self-ownership.]
  - id: team
    name: Team & system
    description: One team.
    stages:
${["team-awareness", "team-ownership"]
  .map((id) => {
    const name = id.endsWith("awareness") ? "Awareness" : "Ownership";
    return `      - id: ${id}
        name: ${name}
        summary: ${name} in one line.
        description: What ${name.toLowerCase()} looks like.
        signals: [{id: ${id}.first, text: First sign of ${id}.}, Second sign of ${id}.]
        pitfalls: [A trap at ${id}.]
        actions: [A step towards ${id}.]`;
  })
  .join("\n")}
`;

/** A copy of plain data with every object's keys in a new order chosen by `order`. */
function reorderKeys(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => reorderKeys(item, order));
  if (value !== null && typeof value === "object") {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(order(Object.keys(source)).map((key) => [key, reorderKeys(source[key], order)]));
  }
  return value;
}

const hashOf = (text: string) => parseValid(text).contentHash;

describe("frameworkContentHash", () => {
  const doc = buildSourceDoc();
  const reference = hashOf(writeSource(doc, "yaml"));

  it("is the same for YAML and JSON", () => {
    expect(hashOf(writeSource(doc, "json"))).toBe(reference);
  });

  it("ignores comments, key order, quoting, flow style and a plain signal written out with its id", () => {
    expect(hashOf(YAML_WITH_COMMENTS)).toBe(reference);
  });

  it("is the same whatever order the keys are in", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        // A seeded shuffle, so a failure can be replayed from the seed fast-check reports.
        let state = seed;
        const shuffle = (keys: string[]) =>
          keys
            .map((key) => {
              state = (state * 1103515245 + 12345) % 2147483648;
              return { key, rank: state };
            })
            .sort((a, b) => a.rank - b.rank)
            .map((entry) => entry.key);
        const reordered = reorderKeys(doc, shuffle) as SourceDoc;
        expect(hashOf(writeSource(reordered, "json"))).toBe(reference);
      }),
      { numRuns: 50 },
    );
  });

  it("changes when any text changes, even by one character", () => {
    const texts: ((d: SourceDoc) => void)[] = [
      (d) => (d.name += "!"),
      (d) => (d.version = "1.0.1"),
      (d) => (d.levels[1].description = "One team, two systems."),
      (d) => (d.levels[0].stages[1].summary = "Ownership in one line!"),
      (d) => (d.levels[0].stages[0].signals[1] = "Second sign of self-awareness!"),
      (d) => d.levels[1].stages[0].pitfalls.push("Another trap."),
      (d) => d.levels[1].stages[1].actions.reverse().push("x"),
      (d) => (d.levels[1].stages[1].replaces = ["team-lead"]),
      (d) => (d.levels[0].stages[0].signals[0].id = "self-awareness.renamed"),
    ];
    const hashes = texts.map((spoil) => {
      const changed = structuredClone(doc);
      spoil(changed);
      return hashOf(writeSource(changed, "yaml"));
    });
    expect(new Set([reference, ...hashes]).size).toBe(texts.length + 1);
  });

  it("changes when stages swap places, since the order is the path", () => {
    const swapped = structuredClone(doc);
    swapped.levels[0].stages.reverse();
    expect(hashOf(writeSource(swapped, "yaml"))).not.toBe(reference);
  });

  it("ignores a contentHash already on the framework", () => {
    const framework = parseValid(writeSource(doc, "yaml"));
    const stale = { ...framework, contentHash: "something else" };
    expect(frameworkContentHash(stale)).toBe(reference);
  });
});
