/**
 * The content hash of a framework version: SHA-256 of its canonical JSON form. The same content gives
 * the same hash whether it was written as YAML or JSON, in any key order, with any comments or
 * whitespace; any change to what a reader would see changes it. Check-ins record it.
 */
import { sha256Hex } from "../util/sha256.js";
import { canonicalJson } from "./canonical-json.js";
import type { Framework, Level, Stage } from "./framework.types.js";

/** A framework's content: everything but its hash. */
export type FrameworkContent = Omit<Framework, "contentHash">;

/** SHA-256 (lowercase hex) of the framework's canonical JSON form; a `contentHash` already present is ignored. */
export function frameworkContentHash(framework: FrameworkContent): string {
  return sha256Hex(canonicalFrameworkJson(framework));
}

/** The canonical JSON text that is hashed: known fields only, keys sorted, signals as `{id, text}`. */
export function canonicalFrameworkJson(framework: FrameworkContent): string {
  // Fields are picked one by one so extra properties (the hash itself, or anything a caller added) never count.
  return canonicalJson({
    id: framework.id,
    name: framework.name,
    version: framework.version,
    description: framework.description,
    levels: framework.levels.map(levelContent),
  });
}

/** The canonical JSON text of one stage; two stages with equal text have equal content. */
export function canonicalStageJson(stage: Stage): string {
  return canonicalJson(stageContent(stage));
}

function levelContent(level: Level): unknown {
  return { id: level.id, name: level.name, description: level.description, stages: level.stages.map(stageContent) };
}

function stageContent(stage: Stage): unknown {
  return {
    id: stage.id,
    name: stage.name,
    summary: stage.summary,
    description: stage.description,
    signals: stage.signals.map((signal) => ({ id: signal.id, text: signal.text })),
    pitfalls: [...stage.pitfalls],
    actions: [...stage.actions],
    replaces: [...stage.replaces],
  };
}
