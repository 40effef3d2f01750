/** Reads a framework from untrusted JSON (the shape of `Framework`; optional texts may be omitted). */
import type { Framework, Level, Stage } from "../../framework/framework.types.js";
import type { Reader } from "./input-reader.js";

function optString(r: Reader): string {
  return r.missing() ? "" : r.string();
}

function readStage(r: Reader): Stage {
  r.object();
  return {
    id: r.at("id").string(),
    name: r.at("name").string(),
    summary: optString(r.at("summary")),
    description: optString(r.at("description")),
    signals: [],
    pitfalls: [],
    actions: [],
    replaces: [],
  };
}

function readLevel(r: Reader): Level {
  r.object();
  const stages = r.at("stages").array(readStage);
  if (stages.length < 1 || stages.length > 4) r.at("stages").fail("must hold 1 to 4 stages");
  return { id: r.at("id").string(), name: r.at("name").string(), description: optString(r.at("description")), stages };
}

/** The framework at `r`, checked: 1 to 12 levels, 1 to 4 stages each, unique stage ids. */
export function readFramework(r: Reader): Framework {
  r.object();
  const levels = r.at("levels").array(readLevel);
  if (levels.length < 1 || levels.length > 12) r.at("levels").fail("must hold 1 to 12 levels");
  const seen = new Set<string>();
  for (const [li, level] of levels.entries()) {
    for (const [si, stage] of level.stages.entries()) {
      if (seen.has(stage.id)) {
        r.at("levels").at(li).at("stages").at(si).at("id").fail(`repeats the stage id "${stage.id}"`);
      }
      seen.add(stage.id);
    }
  }
  return {
    id: r.at("id").missing() ? "framework" : r.at("id").string(),
    name: r.at("name").missing() ? "Framework" : r.at("name").string(),
    version: r.at("version").missing() ? "" : r.at("version").string(),
    description: optString(r.at("description")),
    levels,
    contentHash: r.at("contentHash").missing() ? "" : r.at("contentHash").string(),
  };
}
