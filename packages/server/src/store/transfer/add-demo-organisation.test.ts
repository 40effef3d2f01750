import { buildDemoOrganisation, type DemoOrganisation } from "@ascent/core";
import { beforeAll, describe, expect, it } from "vitest";
import { isStoreError } from "../errors/store-error.js";
import { listCurrentPositions } from "../read-models/position.repository.js";
import { findOrganisation, insertOrganisation } from "../repositories/organisation.repository.js";
import { insertPeople, listPeople } from "../repositories/person.repository.js";
import { buildPerson } from "../testing/store-fixtures.js";
import { forEachEngine } from "../testing/test-engines.js";
import { addDemoOrganisation } from "./add-demo-organisation.js";
import { exportOrganisation } from "./export-organisation.js";

let demo: DemoOrganisation;
beforeAll(() => {
  demo = buildDemoOrganisation({ seed: 1, now: "2026-06-01T00:00:00.000Z" });
});

forEachEngine((engine) => {
  describe("addDemoOrganisation", () => {
    it("adds the demo beside the admin of a set-up organisation, with read models", async () => {
      const { db } = await engine.create();
      await insertOrganisation(db, {
        id: "org",
        name: "Ours",
        settings: { privacy: { adminMayReadPrivateContent: false } },
        createdAt: "2026-01-01T00:00:00.000Z",
      });
      await insertPeople(db, [buildPerson({ id: "admin", roles: ["admin"] })]);
      expect(await addDemoOrganisation(db, demo)).toMatchObject({ people: demo.people.length });
      const people = await listPeople(db);
      expect(people).toHaveLength(demo.people.length + 1);
      expect(people.map((p) => p.id)).toContain("admin");
      const organisation = await findOrganisation(db);
      expect(organisation?.value).toMatchObject({ id: "org", name: "Ours" });
      expect(organisation?.value.settings).toMatchObject({
        demo: true,
        privacy: { adminMayReadPrivateContent: false },
      });
      expect((await listCurrentPositions(db)).length).toBeGreaterThan(demo.people.length / 2);
    });

    it("is refused a second time, leaving the database as it was", async () => {
      const { db } = await engine.create();
      await addDemoOrganisation(db, demo);
      const before = await exportOrganisation(db);
      const error = await addDemoOrganisation(db, demo).catch((e: unknown) => e);
      expect(isStoreError(error, "invalid_state")).toBe(true);
      expect(await exportOrganisation(db)).toBe(before);
    });
  });
});
