import { buildDemoOrganisation, DEMO_NOW, type DemoOrganisation, defaultFramework, frameworkPath } from "@ascent/core";
import { beforeAll, describe, expect, it } from "vitest";
import type { AscentDatabase } from "../../store/engine/open-database.js";
import { forEachEngine, type TestEngine } from "../../store/testing/test-engines.js";
import { loadDemoOrganisation } from "../../store/transfer/load-demo-organisation.js";
import { actorFor } from "../access/actor.js";
import { AppErrorCode } from "../errors/app-error.js";
import { testContext } from "../testing/fixed-clock.js";
import { getCalibrationGaps } from "./get-calibration-gaps.service.js";
import { getLeadershipCoverage } from "./get-leadership-coverage.service.js";
import { getMomentEffects } from "./get-moment-effects.service.js";
import { getNudges } from "./get-nudges.service.js";
import { getPermissionChain } from "./get-permission-chain.service.js";
import { getPipeline } from "./get-pipeline.service.js";
import { getStageDistribution } from "./get-stage-distribution.service.js";

const leader = () => actorFor("leader-test", { roles: ["leader"] });

forEachEngine((engine: TestEngine) => {
  describe("dashboards on the demo organisation", () => {
    let database: AscentDatabase;
    let org: DemoOrganisation;
    const ctx = () => testContext(database.db, DEMO_NOW);

    beforeAll(async () => {
      database = await engine.create();
      org = buildDemoOrganisation();
      await loadDemoOrganisation(database.db, org);
    });

    it("populates every stage in the distribution", async () => {
      const distribution = await getStageDistribution(ctx(), leader());
      for (const { stage } of frameworkPath(defaultFramework()))
        expect(distribution.perStage[stage.id], stage.id).toBeGreaterThan(0);
      expect(distribution.total).toBe(org.people.filter((p) => p.status === "active").length);
      expect(distribution.reachedAll).toBeGreaterThan(0);
    });

    it("replays the pipeline month by month from the change log, growing towards today", async () => {
      const pipeline = await getPipeline(ctx(), leader(), { months: 30 });
      expect(pipeline.months).toHaveLength(30);
      expect(pipeline.months.at(-1)!.month).toBe("2026-11");
      const total = (m: (typeof pipeline.months)[number]) => Object.values(m.perStage).reduce((a, b) => a + b, 0);
      expect(total(pipeline.months[0]!)).toBe(0);
      expect(total(pipeline.months.at(-1)!)).toBeGreaterThan(total(pipeline.months[6]!));
    });

    it("shows coverage figures and teams least covered first, with the demo's one uncovered team", async () => {
      const coverage = await getLeadershipCoverage(ctx(), leader());
      expect(coverage.stageId).toBe("team-ownership");
      const staffed = new Set(org.people.filter((p) => p.status === "active" && p.teamId).map((p) => p.teamId));
      expect(coverage.summary).toEqual({
        teams: staffed.size,
        covered: staffed.size - 1,
        teamsWithoutPeople: org.teams.length - staffed.size,
      });
      expect(coverage.teams).toHaveLength(Math.min(staffed.size, 10));
      expect(coverage.teams[0]).toMatchObject({ covered: false, leaders: 0 });
      expect(coverage.teams.filter((t) => !t.covered)).toHaveLength(1);
      const groups = coverage.groups.reduce((n, g) => n + g.teams - g.covered, 0);
      expect(groups).toBe(1);
    });

    it("pages through coverage with a cursor, and refuses a cursor or limit it never gave", async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await getLeadershipCoverage(ctx(), leader(), { limit: 2, cursor });
        expect(page.teams.length).toBeLessThanOrEqual(2);
        seen.push(...page.teams.map((t) => t.teamId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      const whole = await getLeadershipCoverage(ctx(), leader(), { limit: 100 });
      expect(seen).toEqual(whole.teams.map((t) => t.teamId));
      expect(whole.teams.map((t) => t.leaders)).toEqual(whole.teams.map((t) => t.leaders).sort((a, b) => a - b));
      expect(whole.nextCursor).toBeNull();
      for (const options of [{ cursor: "not-a-cursor" }, { limit: 0 }, { limit: 101 }]) {
        await expect(getLeadershipCoverage(ctx(), leader(), options)).rejects.toMatchObject({
          code: AppErrorCode.ValidationFailed,
        });
      }
    });

    it("finds calibration gaps both ways", async () => {
      const { gaps } = await getCalibrationGaps(ctx(), leader());
      expect(gaps.length).toBeGreaterThan(0);
      expect(gaps.some((g) => g.difference >= 1)).toBe(true);
      expect(gaps.some((g) => g.difference <= -1)).toBe(true);
    });

    it("measures moment effects and the chain without any moment text", async () => {
      const effects = await getMomentEffects(ctx(), leader());
      expect(effects.aggregate.count).toBeGreaterThanOrEqual(3);
      expect(effects.aggregate.meanDifference!).toBeGreaterThan(0);
      const chain = await getPermissionChain(ctx(), leader());
      expect(chain.longest.depth).toBeGreaterThanOrEqual(3);
      const text = JSON.stringify([effects, chain]);
      for (const moment of org.moments) {
        if (moment.outcome) expect(text).not.toContain(moment.outcome);
        for (const f of moment.followUps) expect(text).not.toContain(f.note);
      }
    });

    it("nudges the overdue mentorship and never names the staying-by-choice person", async () => {
      const nudges = await getNudges(ctx(), leader());
      expect(nudges.overdueCheckIns.length).toBeGreaterThanOrEqual(1);
      const running = org.mentorships.filter((m) => m.endedAt === null);
      expect(nudges.overdueCheckIns.length).toBeLessThanOrEqual(running.length / 10);
      const staying = org.people.filter((p) => p.stayingByChoice !== null).map((p) => p.id);
      expect(staying.length).toBeGreaterThan(0);
      const named = [...nudges.candidates, ...nudges.stuck].map((n) => n.personId);
      for (const id of staying) expect(named).not.toContain(id);
      expect(nudges.candidates.length).toBeGreaterThan(0);
    });

    it("limits a lead to their teams and refuses a plain member", async () => {
      const team = org.teams.find((t) => t.leadIds.length > 0)!;
      const lead = actorFor(team.leadIds[0]!);
      const coverage = await getLeadershipCoverage(ctx(), lead);
      expect(coverage.scope.kind).toBe("teams");
      expect(coverage.teams.map((t) => t.teamId)).toContain(team.id);
      const scopeTeams = coverage.scope.kind === "teams" ? coverage.scope.teamIds : [];
      for (const t of coverage.teams) expect(scopeTeams).toContain(t.teamId);
      expect(coverage.summary.teams + coverage.summary.teamsWithoutPeople).toBe(scopeTeams.length);
      expect(scopeTeams.length).toBeLessThan(org.teams.length);
      const distribution = await getStageDistribution(ctx(), lead);
      expect(distribution.total).toBeLessThan(org.people.length);
      const leads = new Set([...org.teams.flatMap((t) => t.leadIds), ...org.groups.flatMap((g) => g.leadIds)]);
      const member = org.people.find((p) => !leads.has(p.id) && p.roles.length === 0)!;
      await expect(getNudges(ctx(), actorFor(member.id))).rejects.toMatchObject({ code: AppErrorCode.NotFound });
    });
  });
});
