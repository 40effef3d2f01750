/**
 * Use cases: what a diagram of a person, a team or the organisation is drawn from, as far as the
 * viewer may see it. Who may look is the access module's answer for the same records elsewhere:
 * a person's diagrams follow their overview (themselves, their mentor, their leads, leaders,
 * admins); a team's and the organisation's follow the dashboards (leads of that team or its group;
 * leaders and admins). Anyone else gets `not_found`, as for a record that does not exist.
 * Only positions, names and moment links are drawn — never notes, evidence text or moment text.
 */
import { type CheckIn, currentPosition, type DiagramKind, type Framework, progressSeries } from "@ascent/core";
import type { DiagramMember, GroupSubject, PersonSubject } from "../../diagram/diagram-subject.js";
import { peopleWithPositions, teamsIn } from "../../store/queries/dashboard.queries.js";
import { submittedCheckIns } from "../../store/queries/submitted-check-ins.queries.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { organisationName } from "../../store/repositories/organisation.repository.js";
import { findPerson } from "../../store/repositories/person.repository.js";
import type { Actor } from "../access/actor.js";
import { type DashboardScope, requireDashboardScope } from "../access/dashboard-scope.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { toNumber } from "../dashboards/dashboard-scope.helpers.js";
import { AppErrorCode, isAppError, notFound } from "../errors/app-error.js";
import { namesInLinks, visibleMomentLinks } from "./moment-links.js";

/** A person to draw; `not_found` unless the actor may look at them. */
export async function getPersonDiagramSubject(ctx: AppContext, actor: Actor, personId: string): Promise<PersonSubject> {
  await requireAccess(ctx, actor, Permission.PersonOverviewRead, [personId]);
  const stored = await findPerson(ctx.db, personId);
  if (!stored) throw notFound("person");
  const [framework, checkIns, moments] = await Promise.all([
    activeFramework(ctx.db),
    submittedCheckIns(ctx.db, { personId }).then((byPerson) => byPerson.get(personId) ?? []),
    visibleMomentLinks(ctx, actor, { personId }),
  ]);
  // The same computation as the person's overview: every submitted check-in counts towards the
  // positions (anyone who may look at the person sees them), drafts never do.
  const position = currentPosition(framework, checkIns);
  return {
    kind: "person",
    framework,
    person: {
      id: personId,
      name: stored.value.name,
      self: position.self?.position ?? null,
      mentor: position.mentor?.position ?? null,
      current: position.primary?.position ?? null,
      history: progressSeries(framework, checkIns).map((p) => ({ at: p.at, progress: p.progress })),
    },
    moments,
    names: await namesInLinks(ctx, moments),
  };
}

/** A team to draw; `not_found` unless the actor's dashboards cover it. */
export async function getTeamDiagramSubject(
  ctx: AppContext,
  actor: Actor,
  teamId: string,
  kind: DiagramKind,
): Promise<GroupSubject> {
  const scope = await dashboardScopeAs(ctx, actor, "team");
  if (scope.kind === "teams" && !scope.teamIds.includes(teamId)) throw notFound("team");
  const [team] = await teamsIn(ctx.db, [teamId]);
  if (!team) throw notFound("team");
  const framework = await activeFramework(ctx.db);
  const members = await membersOf(ctx, framework, [teamId], kind === "pipeline");
  return {
    kind: "team",
    framework,
    name: team.name,
    teams: [{ id: team.id, name: team.name }],
    members,
    moments: [],
    names: new Map(),
  };
}

/** The whole organisation to draw; `not_found` for anyone but leaders and admins. */
export async function getOrganisationDiagramSubject(
  ctx: AppContext,
  actor: Actor,
  kind: DiagramKind,
): Promise<GroupSubject> {
  const scope = await dashboardScopeAs(ctx, actor, "organisation");
  if (scope.kind !== "organisation") throw notFound("organisation");
  const framework = await activeFramework(ctx.db);
  const [organisation, teams, members, moments] = await Promise.all([
    organisationName(ctx.db),
    kind === "team" ? teamsIn(ctx.db, null) : Promise.resolve([]),
    kind === "team" || kind === "pipeline" ? membersOf(ctx, framework, null, kind === "pipeline") : Promise.resolve([]),
    kind === "chain" ? visibleMomentLinks(ctx, actor, { all: true }) : Promise.resolve([]),
  ]);
  return {
    kind: "org",
    framework,
    name: organisation ?? "The organisation",
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
    members,
    moments,
    names: await namesInLinks(ctx, moments),
  };
}

/** The actor's dashboard scope; a refusal names the kind asked for (a team), not dashboards. */
async function dashboardScopeAs(ctx: AppContext, actor: Actor, kind: string): Promise<DashboardScope> {
  try {
    return await requireDashboardScope(ctx, actor);
  } catch (error) {
    if (isAppError(error, AppErrorCode.NotFound)) throw notFound(kind);
    throw error;
  }
}

/**
 * Active people of some teams (or everyone) with their current progress from the read model and,
 * for the pipeline, their path over time computed from their submitted check-ins with the core's
 * rules (as the CLI does: a corrected check-in drops out of the path as well).
 */
async function membersOf(
  ctx: AppContext,
  framework: Framework,
  teamIds: readonly string[] | null,
  withHistory: boolean,
): Promise<DiagramMember[]> {
  const [people, checkIns] = await Promise.all([
    peopleWithPositions(ctx.db, { teamIds }),
    withHistory ? submittedCheckIns(ctx.db, { teamIds }) : Promise.resolve(new Map<string, CheckIn[]>()),
  ]);
  return people
    .filter((p) => p.status === "active")
    .map((p) => ({
      id: p.id,
      name: p.name,
      teamId: p.team_id,
      progress: toNumber(p.progress),
      history: progressSeries(framework, checkIns.get(p.id) ?? []).map((point) => ({
        at: point.at,
        progress: point.progress,
      })),
    }));
}
