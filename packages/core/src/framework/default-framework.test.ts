import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultIngredients } from "../permission/default-ingredients.js";
import { defaultFramework } from "./default-framework.js";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../../..");

const EXPECTED_PATH = [
  { level: "self", levelName: "Self", stage: "self-awareness", stageName: "Awareness" },
  { level: "self", levelName: "Self", stage: "self-ownership", stageName: "Ownership" },
  { level: "team", levelName: "Team & system", stage: "team-awareness", stageName: "Awareness" },
  { level: "team", levelName: "Team & system", stage: "team-ownership", stageName: "Ownership" },
  {
    level: "multi-team",
    levelName: "Multi-team & multi-system",
    stage: "multi-team-awareness",
    stageName: "Awareness",
  },
  {
    level: "multi-team",
    levelName: "Multi-team & multi-system",
    stage: "multi-team-ownership",
    stageName: "Ownership",
  },
  { level: "enterprise", levelName: "Enterprise", stage: "enterprise-awareness", stageName: "Awareness" },
  { level: "enterprise", levelName: "Enterprise", stage: "enterprise-ownership", stageName: "Ownership" },
];

describe("defaultFramework", () => {
  const framework = defaultFramework();
  const stages = framework.levels.flatMap((level) => level.stages);

  it("is the Technical Leadership Progression, version 1.0.0, described", () => {
    expect(framework.id).toBe("technical-leadership-progression");
    expect(framework.name).toBe("Technical Leadership Progression");
    expect(framework.version).toBe("1.0.0");
    expect(framework.description.length).toBeGreaterThan(100);
    expect(framework.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("has the eight agreed stages in path order, four levels of two", () => {
    const path = framework.levels.flatMap((level) =>
      level.stages.map((stage) => ({ level: level.id, levelName: level.name, stage: stage.id, stageName: stage.name })),
    );
    expect(path).toEqual(EXPECTED_PATH);
    for (const level of framework.levels) expect(level.description.trim()).not.toBe("");
  });

  it.each(EXPECTED_PATH.map((entry) => entry.stage))("gives %s a full description", (id) => {
    const stage = stages.find((s) => s.id === id)!;
    expect(stage.summary.trim()).not.toBe("");
    expect(stage.summary).not.toContain("\n");
    expect(stage.description.length).toBeGreaterThan(200);
    expect(stage.signals.length).toBeGreaterThanOrEqual(3);
    expect(stage.signals.length).toBeLessThanOrEqual(6);
    expect(stage.pitfalls.length).toBeGreaterThanOrEqual(2);
    expect(stage.pitfalls.length).toBeLessThanOrEqual(4);
    expect(stage.actions.length).toBeGreaterThanOrEqual(3);
    expect(stage.actions.length).toBeLessThanOrEqual(6);
    for (const signal of stage.signals) {
      expect(signal.id.startsWith(`${id}.`)).toBe(true);
      expect(signal.text.trim()).not.toBe("");
    }
  });

  it("gives every signal a unique id across the framework", () => {
    const ids = stages.flatMap((stage) => stage.signals.map((signal) => signal.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("says staying at team awareness is a legitimate choice, and never calls anyone stuck", () => {
    expect(stages.find((s) => s.id === "team-awareness")!.description).toMatch(/legitimate[^.]*choice/);
    const allText = JSON.stringify(framework);
    expect(allText).not.toMatch(/\bstuck\b/i);
  });

  it("asks tech leads to zoom out and delegate", () => {
    const teamOwnership = stages.find((s) => s.id === "team-ownership")!;
    const text = JSON.stringify(teamOwnership).toLowerCase();
    for (const fact of ["zoom out", "delegat", "code review", "release", "test automation"])
      expect(text).toContain(fact);
  });
});

describe("defaultIngredients", () => {
  const ingredients = defaultIngredients();

  it("lists the ingredients the Awesome Permission process needs, each with a unique id", () => {
    expect(ingredients.map((ingredient) => ingredient.id)).toEqual(
      expect.arrayContaining([
        "receiver-respects-giver",
        "giver-is-honest",
        "belief-said-out-loud",
        "receiver-chooses-to-trust",
      ]),
    );
    expect(new Set(ingredients.map((ingredient) => ingredient.id)).size).toBe(ingredients.length);
    for (const ingredient of ingredients) {
      expect(ingredient.label.trim()).not.toBe("");
      expect(ingredient.description.trim()).not.toBe("");
    }
  });
});

describe("generated data modules", () => {
  it("match their YAML sources", () => {
    // Throws (and fails the test with the script's message) when a generated file is stale.
    expect(() =>
      execFileSync(process.execPath, ["scripts/embed-core-data.mjs", "--check"], { cwd: repoRoot, stdio: "pipe" }),
    ).not.toThrow();
  });
});
