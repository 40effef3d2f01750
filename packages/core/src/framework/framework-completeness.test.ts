import { describe, expect, it } from "vitest";
import { checkCompleteness, DEFAULT_COMPLETENESS } from "./framework-completeness.js";
import { buildSourceDoc, parseValid, writeSource } from "./framework-test-factories.js";

describe("checkCompleteness", () => {
  it("names each stage list that has too few or too many items", () => {
    const doc = buildSourceDoc();
    doc.levels[1].stages[0].actions = ["One", "Two", "Three", "Four", "Five", "Six", "Seven"];
    const framework = parseValid(writeSource(doc, "yaml"));
    const issues = checkCompleteness(framework, { signals: [2, 6], pitfalls: [1, 4], actions: [1, 6] });
    expect(issues).toEqual([{ path: "levels[1].stages[0].actions", reason: "has 7 actions; needs 1 to 6" }]);
  });

  it("holds a custom framework to the default's rules only when asked", () => {
    const framework = parseValid(writeSource(buildSourceDoc(), "yaml"));
    expect(checkCompleteness(framework, {})).toEqual([]);
    const issues = checkCompleteness(framework, DEFAULT_COMPLETENESS);
    expect(issues).toContainEqual({ path: "levels[0].stages[0].signals", reason: "has 2 signals; needs 3 to 6" });
    expect(issues).toContainEqual({ path: "levels[0].stages[0].pitfalls", reason: "has 1 pitfall; needs 2 to 4" });
  });

  it("asks for descriptions and summaries when text is required", () => {
    const doc = buildSourceDoc();
    delete doc.levels[0].description;
    doc.levels[1].stages[1].summary = "";
    const issues = checkCompleteness(parseValid(writeSource(doc, "json")), { requireText: true });
    expect(issues).toEqual([
      { path: "levels[0].description", reason: "must not be empty" },
      { path: "levels[1].stages[1].summary", reason: "must not be empty" },
    ]);
  });
});
