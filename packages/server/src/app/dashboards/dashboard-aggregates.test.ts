/**
 * The dashboard aggregates (stage_count, stage_change_month, team_coverage, coverage_count)
 * against a from-scratch recount after random submissions, team moves, teams moving between
 * groups, deactivations and reactivations — and the dashboards read from them against the same
 * figures computed the old way, one row per person or per change.
 */
import {
  buildDemoOrganisation,
  type CheckIn,
  DEMO_NOW,
  defaultFramework,
  frameworkPath,
  type Rating,
  type StageId,
} from "@ascent/core";
import { describe, expect, it } from "vitest";
import { peopleWithPositions, positionChanges } from "../../store/queries/dashboard.queries.js";
import { coverageStage } from "../../store/read-models/coverage-stage.js";
import { countedFromScratch, storedDashboardCounts } from "../../store/read-models/dashboard-counts.js";
import { moveTeamCoverageToGroup } from "../../store/read-models/team-coverage-counts.js";
import { findPerson, updatePerson } from "../../store/repositories/person.repository.js";
import { recordCheckInWithPosition } from "../../store/testing/record-check-in.fixture.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { loadDemoOrganisation } from "../../store/transfer/load-demo-organisation.js";
import { actorFor } from "../access/actor.js";
import { testContext } from "../testing/fixed-clock.js";
import { getLeadershipCoverage, type TeamCoverage } from "./get-leadership-coverage.service.js";
import { getPipeline } from "./get-pipeline.service.js";
import { getStageDistribution } from "./get-stage-distribution.service.js";

const framework = defaultFramework();
const path = frameworkPath(framework);
const leader = () => actorFor("leader-test", { roles: ["leader"] });

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

forEachEngine((engine) => {
  describe("dashboard aggregates", () => {
    it("equal a recount after random submissions, moves and deactivations, and the dashboards agree", async () => {
      const { db } = await engine.create();
      const org = buildDemoOrganisation();
      await loadDemoOrganisation(db, org);
      expect(await storedDashboardCounts(db)).toEqual(await countedFromScratch(db));

      const next = random(7);
      const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
      const people = org.people.map((p) => p.id);
      const teams = [...org.teams.map((t) => t.id), null];
      const groups = [...org.groups.map((g) => g.id), null];
      const ratings: readonly Rating[] = ["not_yet", "emerging", "established"];
      for (let step = 0; step < 60; step++) {
        const personId = pick(people);
        const roll = next();
        if (roll < 0.55) {
          // A check-in at a random date (some before the person's latest: the aggregates must not care).
          const at = new Date(Date.parse(DEMO_NOW) - Math.floor(next() * 400) * 86_400_000).toISOString();
          const checkIn: CheckIn = {
            id: `random-${step}`,
            personId,
            authorId: personId,
            assessorKind: next() < 0.5 ? "self" : "mentor",
            status: "submitted",
            frameworkHash: org.framework.contentHash,
            createdAt: at,
            submittedAt: at,
            ratings: Object.fromEntries(path.map((p) => [p.stage.id, pick(ratings)])) as Record<StageId, Rating>,
          };
          await recordCheckInWithPosition(db, framework, checkIn);
        } else if (roll < 0.62) {
          // A team moves to another group (or none): its coverage moves with it.
          const teamId = pick(org.teams).id;
          const to = pick(groups);
          await db.transaction().execute(async (trx) => {
            const team = await trx
              .selectFrom("team")
              .select("group_id")
              .where("id", "=", teamId)
              .executeTakeFirstOrThrow();
            await trx.updateTable("team").set({ group_id: to }).where("id", "=", teamId).execute();
            await moveTeamCoverageToGroup(trx, teamId, team.group_id, to);
          });
        } else {
          const stored = (await findPerson(db, personId))!;
          const person =
            roll < 0.8
              ? { ...stored.value, teamId: pick(teams) }
              : { ...stored.value, status: stored.value.status === "active" ? "deactivated" : ("active" as const) };
          await updatePerson(db, person as typeof stored.value, stored.version);
        }
        if (step % 10 === 9)
          expect(await storedDashboardCounts(db), `after step ${step}`).toEqual(await countedFromScratch(db));
      }

      // The dashboards over the aggregates give what one row per person or change gives.
      const ctx = testContext(db, DEMO_NOW);
      const everyone = await peopleWithPositions(db, { teamIds: null });
      const active = everyone.filter((p) => p.status === "active");
      const distribution = await getStageDistribution(ctx, leader());
      expect(distribution.total).toBe(active.length);
      expect(distribution.notAssessed).toBe(active.filter((p) => p.progress === null).length);
      expect(distribution.reachedAll).toBe(
        active.filter((p) => p.progress !== null && p.working_on_stage_id === null).length,
      );
      for (const { stage } of path) {
        const last = stage.id === path.at(-1)!.stage.id;
        const expected = active.filter(
          (p) =>
            p.progress !== null && (p.working_on_stage_id === stage.id || (last && p.working_on_stage_id === null)),
        ).length;
        expect(distribution.perStage[stage.id], stage.id).toBe(expected);
      }

      // Coverage, every page: each team's members and leaders as the people rows give them.
      const number = coverageStage(framework).number;
      const pages: TeamCoverage[] = [];
      let cursor: string | undefined;
      let coverage: Awaited<ReturnType<typeof getLeadershipCoverage>>;
      do {
        coverage = await getLeadershipCoverage(ctx, leader(), { limit: 7, cursor });
        pages.push(...coverage.teams);
        cursor = coverage.nextCursor ?? undefined;
      } while (cursor !== undefined);
      const staffed = [...new Set(active.flatMap((p) => (p.team_id ? [p.team_id] : [])))].sort();
      expect(pages.map((t) => t.teamId).sort()).toEqual(staffed);
      for (const team of pages) {
        const members = active.filter((p) => p.team_id === team.teamId);
        expect(team.members, team.teamId).toBe(members.length);
        expect(team.leaders, team.teamId).toBe(members.filter((p) => (p.reached ?? 0) >= number).length);
      }
      expect(coverage.summary).toEqual({
        teams: staffed.length,
        covered: pages.filter((t) => t.leaders > 0).length,
        teamsWithoutPeople: org.teams.length - staffed.length,
      });

      const pipeline = await getPipeline(ctx, leader(), { months: 30 });
      const changes = await positionChanges(db, { teamIds: null });
      for (const month of pipeline.months) {
        const stageOf = new Map<string, string>();
        for (const c of changes)
          if (c.at.slice(0, 7) <= month.month) stageOf.set(c.person_id, c.stage_id ?? path.at(-1)!.stage.id);
        const expected = Object.fromEntries(path.map((p) => [p.stage.id, 0]));
        for (const stage of stageOf.values()) expected[stage] = (expected[stage] ?? 0) + 1;
        expect(month.perStage, month.month).toEqual(expected);
      }

      // A lead's scope: the same figures over their teams' rows only.
      const team = org.teams.find((t) => t.leadIds.length > 0)!;
      const lead = actorFor(team.leadIds[0]!);
      const scoped = await getStageDistribution(ctx, lead);
      const scopeTeams = new Set(scoped.scope.kind === "teams" ? scoped.scope.teamIds : []);
      expect(scoped.total).toBe(active.filter((p) => p.team_id !== null && scopeTeams.has(p.team_id)).length);
      // Its pipeline: the changes of the people now in those teams (several teams summed per month).
      const teamOf = new Map(everyone.map((p) => [p.id, p.team_id]));
      const scopedPipeline = await getPipeline(ctx, lead, { months: 30 });
      for (const month of scopedPipeline.months) {
        const stageOf = new Map<string, string>();
        for (const c of changes) {
          const teamId = teamOf.get(c.person_id);
          if (teamId && scopeTeams.has(teamId) && c.at.slice(0, 7) <= month.month)
            stageOf.set(c.person_id, c.stage_id ?? path.at(-1)!.stage.id);
        }
        const expected = Object.fromEntries(path.map((p) => [p.stage.id, 0]));
        for (const stage of stageOf.values()) expected[stage] = (expected[stage] ?? 0) + 1;
        expect(month.perStage, `${month.month} in the lead's teams`).toEqual(expected);
      }
    });
  });
});
