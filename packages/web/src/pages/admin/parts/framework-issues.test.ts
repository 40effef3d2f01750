import { describe, expect, it } from "vitest";
import { frameworkProblems, lineRange, problemsByLine } from "./framework-issues.js";

describe("reading a refused framework's problems", () => {
  it("takes the line out of the reason, keeps the path, and orders by line", () => {
    const problems = frameworkProblems([
      { field: "levels[0].stages[1].id", reason: "line 11: duplicates the id of levels[0].stages[0]" },
      { field: "source", reason: "the framework needs at least one level" },
      { field: "levels[0].stages[2].name", reason: "line 12: is required" },
      { field: "version", reason: "line 3: must be a string" },
    ]);
    expect(problems).toEqual([
      { line: 3, path: "version", reason: "must be a string" },
      { line: 11, path: "levels[0].stages[1].id", reason: "duplicates the id of levels[0].stages[0]" },
      { line: 12, path: "levels[0].stages[2].name", reason: "is required" },
      { line: null, path: null, reason: "the framework needs at least one level" },
    ]);
    expect([...problemsByLine(problems).keys()]).toEqual([3, 11, 12]);
  });

  it("finds a line's characters, so the editor can select it", () => {
    const text = "id: acme\nname: ACME\nversion: 1";
    expect(lineRange(text, 2)).toEqual({ start: 9, end: 19 });
    expect(text.slice(lineRange(text, 3).start, lineRange(text, 3).end)).toBe("version: 1");
    expect(lineRange(text, 9)).toEqual({ start: text.length, end: text.length });
  });
});
