/** Small helpers shared by the dashboards. */
import { type Framework, frameworkPath, type StageId } from "@ascent/core";
import type { PeopleScope } from "../../store/queries/dashboard.queries.js";
import type { DashboardScope } from "../access/dashboard-scope.js";

/** The query scope of a dashboard scope. */
export function peopleScope(scope: DashboardScope): PeopleScope {
  return { teamIds: scope.kind === "organisation" ? null : scope.teamIds };
}

/**
 * The stage a person is counted at: the one they work on, or the last stage once every stage is
 * reached (so the top of the path is never an empty column).
 */
export function countedStage(framework: Framework, workingOnStageId: StageId | null): StageId {
  return workingOnStageId ?? frameworkPath(framework).at(-1)!.stage.id;
}

/** Counts per stage id, every stage present (zeros included), in path order. */
export function emptyStageCounts(framework: Framework): Record<StageId, number> {
  return Object.fromEntries(frameworkPath(framework).map((p) => [p.stage.id, 0]));
}

/** Numbers from either engine: PostgreSQL's double precision comes back as number, but be safe. */
export function toNumber(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}
