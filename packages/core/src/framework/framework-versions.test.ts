import { describe, expect, it } from "vitest";
import { buildParsedFramework } from "./framework-test-factories.js";
import { checkVersionSuccession, diffFrameworkVersions, resolveStageId } from "./framework-versions.js";

// Three versions of one framework: v2 renames `lead` to `tech-lead`, v3 renames it again and drops `mentor`.
const v1 = buildParsedFramework([["learner", "doer"], ["helper", "lead"], ["mentor"]], "1.0.0");
const v2 = buildParsedFramework(
  [["learner", "doer"], ["helper", { id: "tech-lead", replaces: ["lead"] }], ["mentor"]],
  "2.0.0",
);
const v3 = buildParsedFramework(
  [
    ["learner", { id: "doer", summary: "Now with a summary." }],
    ["helper", { id: "team-lead", replaces: ["tech-lead"] }],
    ["architect"],
  ],
  "3.0.0",
);
const versions = [v1, v2, v3];

describe("resolveStageId", () => {
  it("follows a chain of renames across three versions", () => {
    expect(resolveStageId(versions, "lead")).toBe("team-lead");
    expect(resolveStageId(versions, "tech-lead")).toBe("team-lead");
    expect(resolveStageId(versions, "team-lead")).toBe("team-lead");
  });

  it("keeps the id of a stage that never changed", () => {
    expect(resolveStageId(versions, "helper")).toBe("helper");
  });

  it("gives nothing for a stage that was dropped or never existed", () => {
    expect(resolveStageId(versions, "mentor")).toBeUndefined();
    expect(resolveStageId(versions, "nobody")).toBeUndefined();
  });

  it("takes up an id dropped in one version and replaced in a later one", () => {
    const v4 = buildParsedFramework(
      [["learner", "doer"], ["helper", "team-lead"], [{ id: "coach", replaces: ["mentor"] }]],
      "4.0.0",
    );
    expect(resolveStageId([...versions, v4], "mentor")).toBe("coach");
  });
});

describe("diffFrameworkVersions", () => {
  it("lists renamed, added, removed and changed stages", () => {
    expect(diffFrameworkVersions(v2, v3)).toEqual({
      added: ["architect"],
      removed: ["mentor"],
      renamed: [{ from: "tech-lead", to: "team-lead" }],
      changed: ["doer"],
    });
  });

  it("finds nothing between a version and itself", () => {
    expect(diffFrameworkVersions(v1, v1)).toEqual({ added: [], removed: [], renamed: [], changed: [] });
  });

  it("counts a stage moved to another level as changed", () => {
    const moved = buildParsedFramework([["learner"], ["doer", "helper", "lead"], ["mentor"]], "1.1.0");
    expect(diffFrameworkVersions(v1, moved).changed).toEqual(["doer"]);
  });
});

describe("checkVersionSuccession", () => {
  it("accepts a proper successor", () => {
    expect(checkVersionSuccession(v1, v2)).toEqual([]);
  });

  it("flags a stage that vanished without a replaces", () => {
    expect(checkVersionSuccession(v2, v3)).toEqual([
      {
        path: "levels",
        reason:
          'stage "mentor" of version "2.0.0" is gone and no stage replaces it; ratings of it will not carry over (add `replaces: [mentor]` to the stage that continues it)',
      },
    ]);
  });

  it("flags a version string reused for different content", () => {
    const sameVersion = buildParsedFramework(
      [
        ["learner", "doer"],
        ["helper", "lead"],
        ["mentor", "sage"],
      ],
      "1.0.0",
    );
    expect(checkVersionSuccession(v1, sameVersion)).toEqual([
      { path: "version", reason: '"1.0.0" is already the version of different content; declare a new version' },
    ]);
  });

  it("accepts the same version with the same content (a re-upload)", () => {
    expect(
      checkVersionSuccession(v1, buildParsedFramework([["learner", "doer"], ["helper", "lead"], ["mentor"]], "1.0.0")),
    ).toEqual([]);
  });

  it("flags a version number that goes down", () => {
    const older = buildParsedFramework([["learner", "doer"], ["helper", "lead"], ["mentor"]], "0.9.0");
    expect(checkVersionSuccession(v1, older)).toEqual([
      { path: "version", reason: '"0.9.0" is lower than the earlier version "1.0.0"' },
    ]);
  });
});
