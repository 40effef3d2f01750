import type { FrameworkIssue } from "./framework.types.js";

/** The path of a field inside `parent`, e.g. `levels[0]` + `name` → `levels[0].name`. */
export function fieldPath(parent: string, key: string): string {
  return parent === "" ? key : `${parent}.${key}`;
}

/** The path of a list item inside `parent`, e.g. `levels` + 2 → `levels[2]`. */
export function itemPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/**
 * One issue as a line a person can act on, prefixed with the file name when known:
 * `framework.yaml:12: levels[1].stages[0].id: must be a slug (…)`.
 */
export function formatFrameworkIssue(issue: FrameworkIssue, fileName?: string): string {
  const where =
    fileName !== undefined && fileName !== ""
      ? issue.line !== undefined
        ? `${fileName}:${issue.line}`
        : fileName
      : issue.line !== undefined
        ? `line ${issue.line}`
        : "";
  return [where, issue.path, issue.reason].filter((part) => part !== "").join(": ");
}

/** Issues in reading order: by line, whole-document issues (no line) first; ties keep their order. */
export function sortIssues(issues: readonly FrameworkIssue[]): FrameworkIssue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
