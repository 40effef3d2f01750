/** Test frameworks: the four-level model, and synthetic ones of any size with long names. */
import type { Framework, Level } from "../../framework/framework.types.js";
import { buildStage } from "../../progression/test-factories.js";

const LEVELS = ["Self", "Single team & system", "Multi-team & multi-system", "Enterprise"];

/** Builds a framework of `levels` levels with `stages` stages each; `longNames` makes every name 80 characters. */
export function buildFramework(opts: { levels?: number; stages?: number; longNames?: boolean } = {}): Framework {
  const levelCount = opts.levels ?? 4;
  const stageCount = opts.stages ?? 2;
  const stageNames =
    stageCount === 2
      ? ["Awareness", "Ownership"]
      : ["Awareness", "Practice", "Influence", "Ownership"].slice(0, stageCount);
  const long = (s: string) => `${s} ${"with a very long descriptive name ".repeat(4)}`.slice(0, 80);
  const levels: Level[] = Array.from({ length: levelCount }, (_, i) => {
    const levelName = LEVELS[i] ?? `Level ${i + 1}`;
    return {
      id: `level-${i + 1}`,
      name: opts.longNames ? long(levelName) : levelName,
      description: "",
      stages: Array.from({ length: stageCount }, (_, j) => {
        const stageName = stageNames[j] ?? `Stage ${j + 1}`;
        return buildStage(`l${i + 1}-s${j + 1}`, { name: opts.longNames ? long(stageName) : stageName });
      }),
    };
  });
  return {
    id: "test-framework",
    name: opts.longNames ? long("Technical Leadership Progression") : "Technical Leadership Progression",
    version: "1.0.0",
    description: "",
    levels,
    contentHash: "0".repeat(64),
  };
}
