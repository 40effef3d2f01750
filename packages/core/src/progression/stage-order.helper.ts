/**
 * The path as the engine needs it: stage ids in order. Deliberately local and tiny so the
 * engine does not depend on the framework module's richer `frameworkPath`.
 */
import type { Framework, Level, Stage, StageId } from "../framework/framework.types.js";

/** The framework's stage ids along the path: level by level, bottom to top. */
export function orderedStageIds(framework: Framework): readonly StageId[] {
  return framework.levels.flatMap((level) => level.stages.map((stage) => stage.id));
}

/** The stages along the path, each with its level. */
export function orderedStages(framework: Framework): readonly { readonly stage: Stage; readonly level: Level }[] {
  return framework.levels.flatMap((level) => level.stages.map((stage) => ({ stage, level })));
}
