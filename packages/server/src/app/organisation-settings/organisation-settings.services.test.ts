import { describe, expect, it } from "vitest";
import { listAudit } from "../../store/repositories/audit-log.repository.js";
import { findOrganisation } from "../../store/repositories/organisation.repository.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { loadPrivacyPolicy } from "../access/privacy-policy.js";
import { AppErrorCode } from "../errors/app-error.js";
import { testContext } from "../testing/fixed-clock.js";
import { castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { getOrganisationSettings } from "./get-organisation-settings.service.js";
import { updateOrganisationSettings } from "./update-organisation-settings.service.js";

forEachEngine((engine) => {
  describe("organisation settings", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      return { db: database.db, ctx: testContext(database.db), a: castActors() };
    }

    it("lets everyone signed in read the name and privacy policy", async () => {
      const { ctx, a } = await setUp();
      for (const actor of Object.values(a)) {
        expect(await getOrganisationSettings(ctx, actor)).toEqual({
          name: "Test org",
          privacyPolicy: { text: "", adminMayReadPrivateContent: false },
          version: 1,
        });
      }
    });

    it("lets an admin change them on the current version, keeping other settings, and audits the switch", async () => {
      const { ctx, a, db } = await setUp();
      await db
        .updateTable("organisation")
        .set({ settings: JSON.stringify({ privacy: { adminMayReadPrivateContent: false }, ingredients: ["trust"] }) })
        .execute();
      const changed = await updateOrganisationSettings(ctx, a.admin, {
        version: 1,
        name: "Acme Engineering",
        privacyPolicy: { text: "We keep notes private.", adminMayReadPrivateContent: true },
      });
      expect(changed).toEqual({
        name: "Acme Engineering",
        privacyPolicy: { text: "We keep notes private.", adminMayReadPrivateContent: true },
        version: 2,
      });
      // The access module reads the same switch.
      expect(await loadPrivacyPolicy(db)).toEqual({ adminMayReadPrivateContent: true });
      expect((await findOrganisation(db))?.value.settings).toMatchObject({ ingredients: ["trust"] });
      const [entry] = await listAudit(db);
      expect(entry).toMatchObject({
        action: "organisation.settings_changed",
        details: { adminMayReadPrivateContent: { from: false, to: true }, textChanged: true, nameChanged: true },
      });
      // Only the text this time: the switch stays.
      const textOnly = await updateOrganisationSettings(ctx, a.admin, {
        version: 2,
        privacyPolicy: { text: "New words." },
      });
      expect(textOnly.privacyPolicy).toEqual({ text: "New words.", adminMayReadPrivateContent: true });
      await expect(updateOrganisationSettings(ctx, a.admin, { version: 2, name: "Stale" })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
      });
    });

    it("refuses non-admins with not_found and bad input naming each field", async () => {
      const { ctx, a } = await setUp();
      for (const actor of [a.member, a.lead, a.leader, a.mentor]) {
        await expect(updateOrganisationSettings(ctx, actor, { version: 1, name: "Mine" })).rejects.toMatchObject({
          code: AppErrorCode.NotFound,
        });
      }
      await expect(
        updateOrganisationSettings(ctx, a.admin, {
          version: 0,
          name: "",
          privacyPolicy: { text: 5, adminMayReadPrivateContent: "yes" },
        }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [
          { field: "version" },
          { field: "name" },
          { field: "privacyPolicy.text" },
          { field: "privacyPolicy.adminMayReadPrivateContent" },
        ],
      });
      await expect(updateOrganisationSettings(ctx, a.admin, { version: 1 })).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
      });
    });
  });
});
