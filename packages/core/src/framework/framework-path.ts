/**
 * The path: every stage of a framework in order, bottom level first and, within a level, first stage
 * first. Stage numbers along it are what positions and progress count.
 */
import type { Framework, PathStage, StageId } from "./framework.types.js";

// Frameworks are frozen, so a path computed once stays right; the cache only saves repeated work.
const paths = new WeakMap<Framework, readonly PathStage[]>();

/** Every stage along the path, numbered from 1, bottom to top. */
export function frameworkPath(framework: Framework): readonly PathStage[] {
  const cached = paths.get(framework);
  if (cached) return cached;
  const path: PathStage[] = [];
  framework.levels.forEach((level, levelIndex) => {
    level.stages.forEach((stage, stageIndex) => {
      path.push(Object.freeze({ stage, level, number: path.length + 1, levelIndex, stageIndex }));
    });
  });
  const frozen = Object.freeze(path);
  paths.set(framework, frozen);
  return frozen;
}

/** How many stages the path has (8 for the default framework). */
export function stageCount(framework: Framework): number {
  return frameworkPath(framework).length;
}

/** The stage with this id, placed on the path; undefined when the framework has no such stage. */
export function findPathStage(framework: Framework, stageId: StageId): PathStage | undefined {
  return frameworkPath(framework).find((entry) => entry.stage.id === stageId);
}

/** A stage's full name, level then stage, e.g. "Team & system · Ownership"; the id itself when unknown. */
export function stageLabel(framework: Framework, stageId: StageId): string {
  const entry = findPathStage(framework, stageId);
  return entry ? `${entry.level.name} · ${entry.stage.name}` : stageId;
}
