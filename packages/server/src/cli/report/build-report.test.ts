/**
 * A report is what a lead or leader may see (the report command's help says so): a plan the person
 * narrowed to "not my lead" stays out of it, and so does every private text, in Markdown and HTML.
 */
import { defaultFramework } from "@ascent/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markersIn, PRIVATE_TEXT, plantPrivateText } from "../../app/digest/testing/private-text.fixture.js";
import { markStayingByChoice } from "../../app/people/mark-staying-by-choice.service.js";
import { createGrowthPlan } from "../../app/plans/create-growth-plan.service.js";
import { updateGrowthPlan } from "../../app/plans/update-growth-plan.service.js";
import { setSharing } from "../../app/sharing/set-sharing.service.js";
import { testContext } from "../../app/testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../../app/testing/privacy-cast.fixture.js";
import { reportHtml } from "../../report/render-html.js";
import type { AscentDatabase } from "../../store/engine/open-database.js";
import { insertFrameworkVersions } from "../../store/repositories/framework-version.repository.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { frameworkVersionRecord } from "../../store/transfer/load-demo-organisation.js";
import { buildReport } from "./build-report-for.js";
import { reportMarkdown } from "./render-markdown.js";

const HIDDEN_GOAL = "MARKER-REPORT-NOT-MY-LEAD-GOAL-6f3e";
const STAYING_NOTE = "MARKER-REPORT-STAYING-NOTE-2b9d";

forEachEngine((engine) => {
  describe("CLI reports, as a lead or leader may see them", () => {
    let database: AscentDatabase;

    beforeAll(async () => {
      database = await engine.create();
      await seedPrivacyCast(database.db);
      await insertFrameworkVersions(database.db, [
        frameworkVersionRecord(defaultFramework(), "2025-01-01T09:00:00.000Z"),
      ]);
      const ctx = testContext(database.db, "2026-06-01T09:00:00.000Z");
      await plantPrivateText(ctx, "2026-01-10T09:00:00.000Z");
      const cast = castActors();
      // A second plan, narrowed to "not my lead".
      const plan = await createGrowthPlan(ctx, cast.member, { personId: CAST.member, targetStageId: "self-ownership" });
      await updateGrowthPlan(ctx, cast.member, {
        planId: plan.plan.id,
        version: plan.version,
        goals: [{ id: plan.plan.goals[0]!.id, title: HIDDEN_GOAL, status: "planned" }],
      });
      await setSharing(ctx, cast.member, { itemKind: "plan", itemId: plan.plan.id, audience: "lead", allowed: false });
      const person = await database.db
        .selectFrom("person")
        .select("version")
        .where("id", "=", CAST.member)
        .executeTakeFirstOrThrow();
      await markStayingByChoice(ctx, cast.member, {
        personId: CAST.member,
        version: person.version,
        staying: true,
        note: STAYING_NOTE,
      });
    });
    afterAll(() => database.close());

    it("leaves out the goals of a plan narrowed to 'not my lead', and every private text", async () => {
      const report = await buildReport(database.db, "person", { person: `${CAST.member}@example.test` });
      for (const text of [reportMarkdown(report), reportHtml(report)]) {
        expect(text).not.toContain(HIDDEN_GOAL);
        expect(text).not.toContain(STAYING_NOTE);
        expect(markersIn(text)).toEqual([]);
        // The flag is a lead's to see; only the note is the person's.
        expect(text).toContain("Staying at this stage by choice");
      }
    });

    it("the team and organisation reports carry no private text either", async () => {
      for (const report of [
        await buildReport(database.db, "team", { team: "Payments" }),
        await buildReport(database.db, "org", {}),
      ]) {
        for (const text of [reportMarkdown(report), reportHtml(report)]) {
          expect(text).not.toContain(HIDDEN_GOAL);
          expect(text).not.toContain(STAYING_NOTE);
          expect(markersIn(text)).toEqual([]);
          expect(text, "the aware moment's receiver is not named by it").not.toContain(PRIVATE_TEXT.momentAware);
        }
      }
    });
  });
});
