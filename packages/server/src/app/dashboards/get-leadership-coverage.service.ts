/**
 * Use case: leadership coverage — does every team have someone (active) at team ownership or
 * above? Answered as figures (teams with people, how many of them are covered; the same for the
 * groups with the most uncovered teams) and one page of teams, least covered first — never every team, so
 * the answer stays small for an organisation of thousands of teams. Everything comes from the
 * coverage read model (team_coverage, coverage_count), kept with every check-in.
 * "Team ownership" is the last stage of the framework's second level (the team scope), or the
 * last stage of a framework with a single level.
 */
import { coverageReads } from "../../store/queries/dashboard.queries.js";
import { coverageStage } from "../../store/read-models/coverage-stage.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import type { Actor } from "../access/actor.js";
import { type DashboardScope, requireDashboardScope } from "../access/dashboard-scope.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";
import { decodeCoverageCursor, encodeCoverageCursor } from "./coverage-cursor.js";

export { coverageStage };

/** Teams per page by default, and at most. */
export const COVERAGE_PAGE = 10;
export const MAX_COVERAGE_PAGE = 100;
/** Groups listed (those with the most uncovered teams). */
export const GROUPS_LISTED = 10;

/** One team's coverage. */
export interface TeamCoverage {
  readonly teamId: string;
  readonly name: string;
  /** Active people in the team. */
  readonly members: number;
  /** Of them, people at the coverage stage or beyond. */
  readonly leaders: number;
  readonly covered: boolean;
}

/** Coverage figures of a scope or a group. */
export interface CoverageFigures {
  /** Teams with active people. */
  readonly teams: number;
  /** Those of them with someone at the coverage stage or beyond. */
  readonly covered: number;
}

/** Coverage in the actor's scope: figures, the groups with the most gaps, one page of teams. */
export interface LeadershipCoverage {
  readonly scope: DashboardScope;
  /** The stage that counts as "team ownership". */
  readonly stageId: string;
  /** Over the whole scope; `teamsWithoutPeople` are teams with no active member (not counted above). */
  readonly summary: CoverageFigures & { readonly teamsWithoutPeople: number };
  /** Groups in scope with uncovered teams, the most first (at most 10). */
  readonly groups: readonly (CoverageFigures & { readonly groupId: string; readonly name: string })[];
  /** Teams with people, fewest leaders first (then by id): one page. */
  readonly teams: readonly TeamCoverage[];
  /** Pass as `cursor` for the next page; null on the last one. */
  readonly nextCursor: string | null;
}

/** Options: page size and where the page starts (the previous page's nextCursor). */
export interface CoverageOptions {
  readonly limit?: number;
  readonly cursor?: string;
}

/** Coverage for the actor's scope. */
export async function getLeadershipCoverage(
  ctx: AppContext,
  actor: Actor,
  options: CoverageOptions = {},
): Promise<LeadershipCoverage> {
  const issues = new IssueList();
  const limit = options.limit === undefined ? COVERAGE_PAGE : issues.positiveInteger("limit", options.limit);
  if (limit !== undefined && limit > MAX_COVERAGE_PAGE) issues.add("limit", `must be at most ${MAX_COVERAGE_PAGE}`);
  const after = options.cursor === undefined ? null : decodeCoverageCursor(options.cursor);
  if (after === undefined) issues.add("cursor", "is not a cursor this dashboard gave");
  issues.throwIfAny();
  const scope = await requireDashboardScope(ctx, actor);
  const framework = await activeFramework(ctx.db);
  const teamIds = scope.kind === "organisation" ? null : scope.teamIds;
  const reads = await coverageReads(ctx.db, teamIds, { limit: limit!, groupLimit: GROUPS_LISTED, after: after! });
  const page = reads.page.slice(0, limit);
  const last = page.at(-1);
  return {
    scope,
    stageId: coverageStage(framework).stage.id,
    summary: {
      teams: reads.scope.teams,
      covered: reads.scope.teams - reads.scope.uncovered,
      teamsWithoutPeople: Math.max(0, reads.allTeams - reads.scope.teams),
    },
    groups: reads.groups.map((g) => ({
      groupId: g.groupId,
      name: g.name,
      teams: g.teams,
      covered: g.teams - g.uncovered,
    })),
    teams: page.map((t) => ({ ...t, covered: t.leaders > 0 })),
    nextCursor:
      reads.page.length > page.length && last
        ? encodeCoverageCursor({ leaders: last.leaders, teamId: last.teamId })
        : null,
  };
}
