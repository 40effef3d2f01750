/**
 * ADR 0008: new records get time-ordered ids on every insert path, not only in the CLI import.
 * Here through an ordinary service on the context every server and CLI run builds.
 */
import { describe, expect, it } from "vitest";
import { recountDashboardCounts } from "../../store/read-models/dashboard-counts.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { createTeam } from "../teams/create-team.service.js";
import { castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { createAppContext } from "./app-context.js";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The creation time a version-7 id carries (its first 48 bits), in milliseconds. */
const millisOf = (id: string) => Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16);

forEachEngine((engine) => {
  describe("ids of records created through a service", () => {
    it("are time-ordered UUIDs that carry their creation time and sort in creation order", async () => {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      await recountDashboardCounts(database.db);
      const ctx = createAppContext(database.db);
      const admin = castActors().admin;

      const before = Date.now();
      const ids: string[] = [];
      for (const name of ["Alpha", "Beta", "Gamma"]) {
        ids.push((await createTeam(ctx, admin, { name })).id);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const after = Date.now();

      for (const id of ids) {
        expect(id).toMatch(UUID_V7);
        expect(millisOf(id)).toBeGreaterThanOrEqual(before);
        expect(millisOf(id)).toBeLessThanOrEqual(after);
      }
      expect([...ids].sort()).toEqual(ids);
      expect(new Set(ids).size).toBe(3);
    });
  });
});
