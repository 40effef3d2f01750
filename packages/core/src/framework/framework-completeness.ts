/**
 * Completeness: stricter rules than parsing, for frameworks that promise more, such as the default
 * one (3–6 signals, 2–4 pitfalls and 3–6 actions per stage). A custom framework need not meet them.
 */
import type { Framework, FrameworkIssue } from "./framework.types.js";

/** An inclusive [min, max] count. */
export type CountRange = readonly [min: number, max: number];

/** What each stage must have; a rule left out is not checked. */
export interface CompletenessRules {
  readonly signals?: CountRange;
  readonly pitfalls?: CountRange;
  readonly actions?: CountRange;
  /** When true, every level needs a description and every stage a summary and a description. */
  readonly requireText?: boolean;
}

/** The rules the default framework meets. */
export const DEFAULT_COMPLETENESS: CompletenessRules = Object.freeze({
  signals: [3, 6] as const,
  pitfalls: [2, 4] as const,
  actions: [3, 6] as const,
  requireText: true,
});

/** Every way the framework falls short of `rules`, at the path of the list or field concerned. */
export function checkCompleteness(framework: Framework, rules: CompletenessRules): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  framework.levels.forEach((level, levelIndex) => {
    const levelPath = `levels[${levelIndex}]`;
    if (rules.requireText && level.description === "") {
      issues.push({ path: `${levelPath}.description`, reason: "must not be empty" });
    }
    level.stages.forEach((stage, stageIndex) => {
      const stagePath = `${levelPath}.stages[${stageIndex}]`;
      if (rules.requireText) {
        for (const key of ["summary", "description"] as const) {
          if (stage[key] === "") issues.push({ path: `${stagePath}.${key}`, reason: "must not be empty" });
        }
      }
      for (const key of ["signals", "pitfalls", "actions"] as const) {
        const range = rules[key];
        const count = stage[key].length;
        if (range && (count < range[0] || count > range[1])) {
          issues.push({
            path: `${stagePath}.${key}`,
            reason: `has ${count} ${count === 1 ? key.slice(0, -1) : key}; needs ${range[0]} to ${range[1]}`,
          });
        }
      }
    });
  });
  return issues;
}
