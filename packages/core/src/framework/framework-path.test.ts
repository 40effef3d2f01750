import { describe, expect, it } from "vitest";
import { findPathStage, frameworkPath, stageCount, stageLabel } from "./framework-path.js";
import { buildParsedFramework, buildSourceDoc, parseValid, writeSource } from "./framework-test-factories.js";

describe("frameworkPath", () => {
  const framework = buildParsedFramework([["a1", "a2"], ["b1"], ["c1", "c2", "c3"]]);

  it("orders stages bottom level first, and within a level first stage first", () => {
    expect(frameworkPath(framework).map((entry) => entry.stage.id)).toEqual(["a1", "a2", "b1", "c1", "c2", "c3"]);
  });

  it("numbers stages from 1 and gives each its place on the grid", () => {
    expect(
      frameworkPath(framework).map(({ number, levelIndex, stageIndex }) => [number, levelIndex, stageIndex]),
    ).toEqual([
      [1, 0, 0],
      [2, 0, 1],
      [3, 1, 0],
      [4, 2, 0],
      [5, 2, 1],
      [6, 2, 2],
    ]);
  });

  it("counts the stages", () => {
    expect(stageCount(framework)).toBe(6);
  });

  it("finds a stage with its level, or nothing for an unknown id", () => {
    expect(findPathStage(framework, "c2")).toMatchObject({ number: 5, level: { id: "level-3" }, stage: { id: "c2" } });
    expect(findPathStage(framework, "zz")).toBeUndefined();
  });
});

describe("stageLabel", () => {
  const framework = parseValid(writeSource(buildSourceDoc(), "yaml"));

  it("names the level, then the stage", () => {
    expect(stageLabel(framework, "team-ownership")).toBe("Team & system · Ownership");
    expect(stageLabel(framework, "self-awareness")).toBe("Self · Awareness");
  });

  it("falls back to the id for a stage the framework does not have", () => {
    expect(stageLabel(framework, "retired-stage")).toBe("retired-stage");
  });
});
