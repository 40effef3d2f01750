/** Grouping people by stage and teams by leadership coverage, for the team map. */
import type { Framework, StageId } from "../../framework/framework.types.js";
import type { TeamMember } from "../diagram-inputs.types.js";

/** The 0-based path index a progress value places a person at: the stage they work on (the last when all are reached). */
export function stageIndexFor(progress: number, stageCount: number): number {
  return Math.min(stageCount - 1, Math.max(0, Math.floor(progress)));
}

/** Whether `a` goes after `b`: by name, then id (plain code-unit order, as `<` compares strings). */
function after(a: TeamMember, b: TeamMember): boolean {
  return a.name > b.name || (a.name === b.name && a.id > b.id);
}

/**
 * Sorts people by name, then id, keeping the input order of exact ties (as a stable `Array#sort`
 * would). A bottom-up merge sort: with the comparison inlined it is markedly faster than
 * `Array#sort` with a callback, and sorting was the largest cost of laying out a big team.
 * The given array is used (and overwritten) as scratch space; the sorted one is returned.
 */
function sortByNameThenId(people: TeamMember[]): TeamMember[] {
  let from = people;
  let to = new Array<TeamMember>(people.length);
  const n = people.length;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // Take from the right run only when it strictly comes first: that keeps ties stable.
      while (i < mid && j < hi) to[k++] = after(from[i]!, from[j]!) ? from[j++]! : from[i++]!;
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  return from;
}

/** People per stage index (sorted by name, then id, for a stable order) and those without a check-in. */
export function bucketPeople(people: readonly TeamMember[], stageCount: number) {
  const placed: TeamMember[][] = Array.from({ length: stageCount }, () => []);
  const waiting: TeamMember[] = [];
  for (const person of people) {
    if (person.progress === null || !Number.isFinite(person.progress)) waiting.push(person);
    else placed[stageIndexFor(person.progress, stageCount)]!.push(person);
  }
  // Sorting each bucket gives the same order as sorting everyone first, with fewer comparisons.
  return { buckets: placed.map(sortByNameThenId), unplaced: sortByNameThenId(waiting) };
}

/** The stage that counts as leading a team: the given one, else the last stage of the second level (or of the only level). */
export function coverageStage(framework: Framework, given?: StageId): { id: StageId; number: number; title: string } {
  let number = 0;
  const all = framework.levels.flatMap((level) =>
    level.stages.map((stage) => {
      number += 1;
      return { id: stage.id, number, title: `${level.name} · ${stage.name}` };
    }),
  );
  const found = given !== undefined ? all.find((s) => s.id === given) : undefined;
  if (found) return found;
  const level = framework.levels[Math.min(1, framework.levels.length - 1)]!;
  const lastId = level.stages[level.stages.length - 1]!.id;
  return all.find((s) => s.id === lastId)!;
}

/** Per team: how many members have reached the coverage stage. Teams keep their input order. */
export function teamCoverage(
  teams: readonly { id: string; name: string }[],
  people: readonly TeamMember[],
  stageNumber: number,
): { id: string; name: string; leaders: number; members: number }[] {
  return teams.map((team) => {
    // Counted in one pass, without building a member list per team.
    let members = 0;
    let leaders = 0;
    for (const p of people) {
      if (p.teamId !== team.id) continue;
      members += 1;
      if (p.progress !== null && p.progress >= stageNumber) leaders += 1;
    }
    return { id: team.id, name: team.name, leaders, members };
  });
}
