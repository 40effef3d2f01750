/**
 * The dashboards over HTTP answer exactly what their services return. The response schemas are
 * also the serialiser, which drops any field they do not declare, so each answer is compared whole
 * with the service's own result on the demo organisation (where every list has rows).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, actorFor } from "../../../app/access/actor.js";
import type { AppContext } from "../../../app/context/app-context.js";
import { getCalibrationGaps } from "../../../app/dashboards/get-calibration-gaps.service.js";
import { getLeadershipCoverage } from "../../../app/dashboards/get-leadership-coverage.service.js";
import { getMomentEffects } from "../../../app/dashboards/get-moment-effects.service.js";
import { getNudges } from "../../../app/dashboards/get-nudges.service.js";
import { getPermissionChain } from "../../../app/dashboards/get-permission-chain.service.js";
import { getPipeline } from "../../../app/dashboards/get-pipeline.service.js";
import { getStageDistribution } from "../../../app/dashboards/get-stage-distribution.service.js";
import { testContext } from "../../../app/testing/fixed-clock.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildTestApp, setUpAdmin, type TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

/** Each dashboard: its URL, and the same question asked of its service. */
const DASHBOARDS: readonly [string, (ctx: AppContext, actor: Actor) => Promise<unknown>][] = [
  ["stage-distribution", getStageDistribution],
  ["pipeline?months=6", (ctx, actor) => getPipeline(ctx, actor, { months: 6 })],
  ["leadership-coverage?limit=3", (ctx, actor) => getLeadershipCoverage(ctx, actor, { limit: 3 })],
  ["calibration", getCalibrationGaps],
  // Low thresholds, so the demo gives every kind of nudge but check-in requests (which need a mentee's ask).
  [
    "nudges?mentorInactiveDays=1&dropWithinDays=1200",
    (ctx, actor) => getNudges(ctx, actor, { mentorInactiveDays: 1, dropWithinDays: 1200 }),
  ],
  ["moment-effects", getMomentEffects],
  ["permission-chain", getPermissionChain],
];

/** What a value looks like once sent as JSON. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

forEachEngine((engine) => {
  describe("dashboards over HTTP", () => {
    let test: TestApp;
    let admin: TestClient;
    let actor: Actor;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      admin = await setUpAdmin(test);
      expect((await admin.post("/api/v1/demo-organisation", {})).statusCode).toBe(201);
      actor = actorFor((await admin.get("/api/v1/me")).json().personId, { roles: ["admin"] });
    });
    afterAll(() => test.app.close());

    for (const [path, service] of DASHBOARDS) {
      it(`answers ${path} field for field as its service does`, async () => {
        const response = await admin.get(`/api/v1/dashboards/${path}`);
        expect(response.statusCode, response.body).toBe(200);
        const expected = await service(testContext(test.database.db, test.clock().toISOString()), actor);
        expect(response.json()).toEqual(asJson(expected));
      });
    }

    it("compares answers that have rows in their lists, nested ones too", async () => {
      const get = async (path: string) => (await admin.get(`/api/v1/dashboards/${path}`)).json();
      const coverage = await get("leadership-coverage?limit=3");
      expect(coverage.teams.length).toBeGreaterThan(0);
      expect(coverage.groups.length).toBeGreaterThan(0);
      expect((await get("calibration")).gaps.length).toBeGreaterThan(0);
      const nudges = await get("nudges?mentorInactiveDays=1&dropWithinDays=1200");
      const listed = ["overdueCheckIns", "inactiveMentors", "candidates", "stuck", "drops"];
      expect(listed.filter((key) => nudges[key].length === 0)).toEqual([]);
      expect((await get("moment-effects")).effects.length).toBeGreaterThan(0);
      const chain = await get("permission-chain");
      expect(chain.roots.some((root: { children: unknown[] }) => root.children.length > 0)).toBe(true);
    });
  });
});
