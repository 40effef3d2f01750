/**
 * Use case: leadership coverage — does every team have someone (active) at team ownership or
 * above? Members per team come from the stage_count aggregate, the leaders (active, at the coverage
 * stage or beyond) from current_position by its `reached` index;
 * "team ownership" is the last stage of the framework's second level (the team scope), or the
 * last stage of a framework with a single level.
 */
import { type Framework, frameworkPath, type PathStage } from "@ascent/core";
import { coverageLeaders, teamMemberCounts, teamsIn } from "../../store/queries/dashboard.queries.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import type { Actor } from "../access/actor.js";
import { type DashboardScope, requireDashboardScope } from "../access/dashboard-scope.js";
import type { AppContext } from "../context/app-context.js";

/** One team's coverage. */
export interface TeamCoverage {
  readonly teamId: string;
  readonly name: string;
  readonly covered: boolean;
  /** People at the coverage stage or above (ids; names come from the people list). */
  readonly leaderIds: readonly string[];
  readonly members: number;
}

/** Coverage per team in scope. */
export interface LeadershipCoverage {
  readonly scope: DashboardScope;
  /** The stage that counts as "team ownership". */
  readonly stageId: string;
  readonly teams: readonly TeamCoverage[];
}

/** The coverage stage of a framework (see the file comment). */
export function coverageStage(framework: Framework): PathStage {
  const path = frameworkPath(framework);
  return path.filter((p) => p.levelIndex === 1).at(-1) ?? path.at(-1)!;
}

/** Coverage for the actor's scope. */
export async function getLeadershipCoverage(ctx: AppContext, actor: Actor): Promise<LeadershipCoverage> {
  const scope = await requireDashboardScope(ctx, actor);
  const framework = await activeFramework(ctx.db);
  const stage = coverageStage(framework);
  const teamIds = scope.kind === "organisation" ? null : scope.teamIds;
  const [teams, counts, leaders] = await Promise.all([
    teamsIn(ctx.db, teamIds),
    teamMemberCounts(ctx.db, teamIds),
    coverageLeaders(ctx.db, teamIds, stage.number),
  ]);
  const countOf = new Map(counts.map((c) => [c.team_id, c]));
  const leadersOf = new Map<string, string[]>();
  for (const l of leaders) leadersOf.set(l.team_id!, [...(leadersOf.get(l.team_id!) ?? []), l.id]);
  return {
    scope,
    stageId: stage.stage.id,
    teams: teams.map((team) => {
      const leaderIds = leadersOf.get(team.id) ?? [];
      const members = Number(countOf.get(team.id)?.members ?? 0);
      return { teamId: team.id, name: team.name, covered: leaderIds.length > 0, leaderIds, members };
    }),
  };
}
