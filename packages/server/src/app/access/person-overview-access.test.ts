/**
 * Reading one person is decided by one query (store/queries/one-person-facts.queries.ts), reading many by the actor's
 * loaded relationships (relationships.ts). Both must give the same answer for every actor, every
 * person and every instant — around the start and end of mentorships too — or the privacy table
 * would hold on one path and not the other.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AscentDatabase } from "../../store/engine/open-database.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import type { GrantVia } from "./access-grant.js";
import { Permission } from "./permission.js";
import { accessibleIds } from "./require-access.js";

const NO_TEAM = "p-no-team";
const ERASED = "p-erased";
const MISSING = "p-missing";

/** The cast, plus a mentorship that ended, one that has not started, a person without a team and an erased one. */
async function seed(database: AscentDatabase): Promise<void> {
  await seedPrivacyCast(database.db);
  const person = (id: string, teamId: string | null, status: string) => ({
    id,
    name: `Name of ${id}`,
    email: `${id}@example.test`,
    team_id: teamId,
    title: "Engineer",
    status,
    roles: "[]",
    joined_at: "2025-01-01T09:00:00.000Z",
    staying_by_choice: null,
    version: 1,
  });
  await database.db
    .insertInto("person")
    .values([person(NO_TEAM, null, "active"), person(ERASED, "t-1", "erased")])
    .execute();
  const mentorship = (id: string, mentor: string, mentee: string, started: string, ended: string | null) => ({
    id,
    mentor_id: mentor,
    mentee_id: mentee,
    started_at: started,
    ended_at: ended,
    cadence_days: 28,
  });
  await database.db
    .insertInto("mentorship")
    .values([
      mentorship("m-ended", CAST.unrelated, CAST.lead, "2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"),
      mentorship("m-future", CAST.groupLead, CAST.admin, "2027-01-01T00:00:00.000Z", null),
      mentorship("m-erased", CAST.unrelated, ERASED, "2025-01-01T00:00:00.000Z", null),
      mentorship("m-no-team", CAST.lead, NO_TEAM, "2025-01-01T00:00:00.000Z", null),
    ])
    .execute();
}

const INSTANTS = [
  "2024-06-01T00:00:00.000Z",
  "2025-06-01T00:00:00.000Z",
  "2026-01-01T00:00:00.000Z",
  "2026-06-01T00:00:00.000Z",
  "2027-01-01T00:00:00.000Z",
];
const PEOPLE = [...Object.values(CAST), NO_TEAM, ERASED, MISSING];

forEachEngine((engine) => {
  describe("reading a person's overview: one person or many", () => {
    let database: AscentDatabase;
    beforeAll(async () => {
      database = await engine.create();
      await seed(database);
    });

    /** actor → person → relationship (or null), one person per check. */
    async function oneByOne(now: string): Promise<Record<string, Record<string, GrantVia | null>>> {
      const ctx = testContext(database.db, now);
      const table: Record<string, Record<string, GrantVia | null>> = {};
      for (const [role, actor] of Object.entries(castActors())) {
        table[role] = {};
        for (const id of PEOPLE) {
          const grants = await accessibleIds(ctx, actor, Permission.PersonOverviewRead, [id]);
          table[role][id] = grants.get(id) ?? null;
        }
      }
      return table;
    }

    /** The same table from one check over everyone. */
    async function allAtOnce(now: string): Promise<Record<string, Record<string, GrantVia | null>>> {
      const ctx = testContext(database.db, now);
      const table: Record<string, Record<string, GrantVia | null>> = {};
      for (const [role, actor] of Object.entries(castActors())) {
        const grants = await accessibleIds(ctx, actor, Permission.PersonOverviewRead, PEOPLE);
        table[role] = Object.fromEntries(PEOPLE.map((id) => [id, grants.get(id) ?? null]));
      }
      return table;
    }

    it("gives the same relationships both ways, for every actor and person, at every instant", async () => {
      for (const now of INSTANTS)
        expect({ now, table: await oneByOne(now) }).toEqual({ now, table: await allAtOnce(now) });
    });

    it("counts a mentorship from its start, up to but not at its end; a lead's scope is their team and group", async () => {
      const at = async (now: string) => oneByOne(now);
      const before = await at("2024-06-01T00:00:00.000Z");
      const during = await at("2025-06-01T00:00:00.000Z");
      const ended = await at("2026-01-01T00:00:00.000Z");
      const started = await at("2027-01-01T00:00:00.000Z");

      expect(before.unrelated![CAST.lead]).toBeNull();
      expect(during.unrelated![CAST.lead]).toBe("mentor");
      expect(ended.unrelated![CAST.lead]).toBeNull();
      expect(ended.groupLead![CAST.admin]).toBeNull();
      expect(started.groupLead![CAST.admin]).toBe("mentor");

      // The member's overview, as product.md's table says (mentor, team lead, group lead, leader, admin).
      expect(during.member![CAST.member]).toBe("owner");
      expect(during.mentor![CAST.member]).toBe("mentor");
      expect(during.lead![CAST.member]).toBe("lead");
      expect(during.groupLead![CAST.member]).toBe("lead");
      expect(during.leader![CAST.member]).toBe("leader");
      expect(during.admin![CAST.member]).toBe("admin");
      expect(during.unrelated![CAST.member]).toBeNull();
      // Without a team nobody leads you; a missing person is refused to everyone, a leader and an admin included.
      expect(during.lead![NO_TEAM]).toBe("mentor");
      expect(during.groupLead![NO_TEAM]).toBeNull();
      expect(Object.values(during).map((row) => row[MISSING])).toEqual(Object.values(during).map(() => null));
    });
  });
});
