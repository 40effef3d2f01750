/** A local walk of the framework's path, so the layouts do not depend on the framework module's helpers. */
import type { Framework, Level, Stage } from "../../framework/framework.types.js";

/** A stage with its place on the path. */
export interface WalkStage {
  readonly stage: Stage;
  readonly level: Level;
  /** 1-based number along the path. */
  readonly number: number;
  readonly levelIndex: number;
  readonly stageIndex: number;
}

/** The stages in path order: level by level, bottom to top. */
export function walkPath(framework: Framework): WalkStage[] {
  let number = 0;
  return framework.levels.flatMap((level, levelIndex) =>
    level.stages.map((stage, stageIndex) => {
      number += 1;
      return { stage, level, number, levelIndex, stageIndex };
    }),
  );
}

/** "Level · Stage", e.g. "Team & system · Ownership". */
export function stageTitle(s: WalkStage): string {
  return `${s.level.name} · ${s.stage.name}`;
}

/** Which state a stage is in for a progress value. */
export type StageState = "reached" | "working" | "ahead";

/** Reached up to floor(progress); the next one is being worked on; the rest are ahead. */
export function stageState(number: number, progress: number): StageState {
  const reached = Math.floor(progress);
  if (number <= reached) return "reached";
  if (number === reached + 1) return "working";
  return "ahead";
}

/** The plain words for a progress value, e.g. "3.5 — working on Team & system · Ownership". */
export function describeProgress(stages: readonly WalkStage[], progress: number): string {
  const reached = Math.floor(progress);
  const value = String(Math.round(progress * 10) / 10);
  const next = stages[reached];
  if (!next) return `${value} — every stage reached`;
  return `${value} — working on ${stageTitle(next)}`;
}
