/**
 * The framework's stages in path order, with the labels demo text uses. Kept local so the
 * demo only depends on the framework's shape, not on engine helpers.
 */
import type { Framework, Stage } from "../framework/framework.types.js";

/** A stage with its readable label, e.g. "Team & system · Ownership". */
export interface DemoStage {
  readonly stage: Stage;
  readonly label: string;
}

/** The stages of every level, bottom level first: the path. */
export function demoPath(framework: Framework): DemoStage[] {
  return framework.levels.flatMap((level) =>
    level.stages.map((stage) => ({ stage, label: `${level.name} · ${stage.name}` })),
  );
}

/** Fills `{name}` placeholders; unknown names are left as they are so a typo shows up in review. */
export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
