/** Grouping people by stage and teams by leadership coverage, for the team map. */
import type { Framework, StageId } from "../../framework/framework.types.js";
import type { TeamMember } from "../diagram-inputs.types.js";

/** The 0-based path index a progress value places a person at: the stage they work on (the last when all are reached). */
export function stageIndexFor(progress: number, stageCount: number): number {
  return Math.min(stageCount - 1, Math.max(0, Math.floor(progress)));
}

/** People per stage index (sorted by name, then id, for a stable order) and those without a check-in. */
export function bucketPeople(people: readonly TeamMember[], stageCount: number) {
  const buckets: TeamMember[][] = Array.from({ length: stageCount }, () => []);
  const unplaced: TeamMember[] = [];
  const sorted = [...people].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  for (const person of sorted) {
    if (person.progress === null || !Number.isFinite(person.progress)) unplaced.push(person);
    else buckets[stageIndexFor(person.progress, stageCount)]!.push(person);
  }
  return { buckets, unplaced };
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
    const members = people.filter((p) => p.teamId === team.id);
    const leaders = members.filter((p) => p.progress !== null && p.progress >= stageNumber).length;
    return { id: team.id, name: team.name, leaders, members: members.length };
  });
}
