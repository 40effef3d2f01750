import { describe, expect, it } from "vitest";
import { recountDashboardCounts } from "../../store/read-models/dashboard-counts.js";
import { listAudit } from "../../store/repositories/audit-log.repository.js";
import type { Db } from "../../store/repositories/store.types.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { AppErrorCode } from "../errors/app-error.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { createPerson } from "./create-person.service.js";
import { getPersonRecord } from "./get-person-record.service.js";
import { updatePersonDetails } from "./update-person.service.js";

forEachEngine((engine) => {
  describe("people administration", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      await recountDashboardCounts(database.db);
      return { db: database.db, ctx: testContext(database.db), a: castActors() };
    }
    /** Active people of a team, as the dashboard aggregates count them. */
    async function counted(db: Db, teamId: string): Promise<number> {
      const rows = await db.selectFrom("stage_count").select("people").where("scope", "=", teamId).execute();
      return rows.reduce((n, r) => n + Number(r.people), 0);
    }

    it("creates a person in a team with granted roles, counted on the dashboards and audited", async () => {
      const { db, ctx, a } = await setUp();
      expect(await counted(db, "t-2")).toBe(4);
      const { person } = await createPerson(ctx, a.admin, {
        name: "  Noor Haddad ",
        email: "Noor.Haddad@Example.test",
        title: "Staff engineer",
        teamId: "t-2",
        roles: ["leader"],
      });
      expect(person).toMatchObject({
        name: "Noor Haddad",
        email: "noor.haddad@example.test",
        title: "Staff engineer",
        status: "active",
        roles: ["leader"],
        team: { id: "t-2", name: "Search" },
        leads: { teams: [], groups: [] },
        mentors: [],
        mentees: [],
        account: { exists: false, lastLoginAt: null, invitationExpiresAt: null },
        version: 1,
      });
      expect(await counted(db, "t-2")).toBe(5);
      const audit = await listAudit(db);
      expect(audit.map((e) => e.action).sort()).toEqual(["person.created", "role.changed"]);
      expect(audit.find((e) => e.action === "role.changed")).toMatchObject({
        actorId: "a-admin",
        targetId: person.id,
        details: { before: [], after: ["leader"] },
      });
    });

    it("refuses a taken email (any case, person or account) with conflict naming the field", async () => {
      const { ctx, a, db } = await setUp();
      await expect(
        createPerson(ctx, a.admin, { name: "Copy", email: `${CAST.member.toUpperCase()}@EXAMPLE.TEST` }),
      ).rejects.toMatchObject({ code: AppErrorCode.Conflict, details: [{ field: "email" }] });
      await db
        .insertInto("account")
        .values({
          id: "acct-orphan",
          person_id: null,
          email: "orphan@example.test",
          password_hash: null,
          created_at: "2025-01-01T00:00:00.000Z",
          last_login_at: null,
        })
        .execute();
      await expect(createPerson(ctx, a.admin, { name: "Orphan", email: "orphan@example.test" })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
      });
    });

    it("validates every field at once, and answers non-admins as if nothing were there", async () => {
      const { ctx, a } = await setUp();
      await expect(
        createPerson(ctx, a.admin, { name: " ", email: "not-an-email", teamId: 7, roles: ["owner"] }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [
          { field: "name", reason: "is required" },
          { field: "email", reason: "must be an email address" },
          { field: "teamId", reason: expect.any(String) },
          { field: "roles", reason: expect.any(String) },
        ],
      });
      await expect(
        createPerson(ctx, a.admin, { name: "X", email: "x@example.test", teamId: "t-404" }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [{ field: "teamId", reason: "is not a team" }],
      });
      for (const actor of [a.member, a.lead, a.leader, a.mentor]) {
        await expect(createPerson(ctx, actor, { name: "X", email: "x@example.test" })).rejects.toMatchObject({
          code: AppErrorCode.NotFound,
        });
        await expect(getPersonRecord(ctx, actor, { personId: CAST.member })).rejects.toMatchObject({
          code: AppErrorCode.NotFound,
        });
        await expect(
          updatePersonDetails(ctx, actor, { personId: CAST.member, version: 1, name: "Y" }),
        ).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      }
    });

    it("opens a record with team, leads, mentorships and account", async () => {
      const { ctx, a, db } = await setUp();
      await db
        .insertInto("account")
        .values({
          id: "acct-lead",
          person_id: CAST.lead,
          email: `${CAST.lead}@example.test`,
          password_hash: "x",
          created_at: "2025-01-01T00:00:00.000Z",
          last_login_at: "2026-05-01T00:00:00.000Z",
        })
        .execute();
      expect(await getPersonRecord(ctx, a.admin, { personId: CAST.lead })).toMatchObject({
        team: { id: "t-1", name: "Payments" },
        leads: { teams: [{ id: "t-1", name: "Payments" }], groups: [] },
        account: { exists: true, lastLoginAt: "2026-05-01T00:00:00.000Z" },
      });
      expect(await getPersonRecord(ctx, a.admin, { personId: CAST.mentor })).toMatchObject({
        mentees: [{ mentorshipId: "m-1", personId: CAST.member, cadenceDays: 28, version: 1 }],
      });
      expect(await getPersonRecord(ctx, a.admin, { personId: CAST.member })).toMatchObject({
        mentors: [{ mentorshipId: "m-1", personId: CAST.mentor, name: `Name of ${CAST.mentor}` }],
      });
      await expect(getPersonRecord(ctx, a.admin, { personId: "p-404" })).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
    });

    it("edits name, email, title and team on the current version; a stale version is refused", async () => {
      const { ctx, a, db } = await setUp();
      await db
        .insertInto("account")
        .values({
          id: "acct-member",
          person_id: CAST.member,
          email: `${CAST.member}@example.test`,
          password_hash: "x",
          created_at: "2025-01-01T00:00:00.000Z",
          last_login_at: null,
        })
        .execute();
      const edited = await updatePersonDetails(ctx, a.admin, {
        personId: CAST.member,
        version: 1,
        name: "Mina Member",
        email: "Mina@Example.test",
        teamId: "t-2",
      });
      expect(edited).toMatchObject({
        name: "Mina Member",
        email: "mina@example.test",
        team: { id: "t-2" },
        version: 2,
      });
      // The account signs in with the new address.
      const account = await db.selectFrom("account").select("email").where("id", "=", "acct-member").executeTakeFirst();
      expect(account?.email).toBe("mina@example.test");
      // The dashboards moved the person to the new team.
      expect([await counted(db, "t-1"), await counted(db, "t-2")]).toEqual([2, 5]);

      await expect(
        updatePersonDetails(ctx, a.admin, { personId: CAST.member, version: 1, title: "Late edit" }),
      ).rejects.toMatchObject({ code: AppErrorCode.Conflict });
      await expect(
        updatePersonDetails(ctx, a.admin, { personId: CAST.member, version: 2, email: `${CAST.lead}@example.test` }),
      ).rejects.toMatchObject({ code: AppErrorCode.Conflict, details: [{ field: "email" }] });
      await expect(
        updatePersonDetails(ctx, a.admin, { personId: CAST.member, version: 2, teamId: "t-404" }),
      ).rejects.toMatchObject({ code: AppErrorCode.ValidationFailed, details: [{ field: "teamId" }] });
      await expect(updatePersonDetails(ctx, a.admin, { personId: CAST.member, version: 2 })).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
      });
      const cleared = await updatePersonDetails(ctx, a.admin, { personId: CAST.member, version: 2, teamId: null });
      expect(cleared).toMatchObject({ team: null, version: 3 });
      expect((await listAudit(db)).filter((e) => e.action === "person.updated")).toHaveLength(2);
    });

    it("refuses to edit an erased person", async () => {
      const { ctx, a, db } = await setUp();
      await db.updateTable("person").set({ status: "erased" }).where("id", "=", CAST.unrelated).execute();
      await expect(
        updatePersonDetails(ctx, a.admin, { personId: CAST.unrelated, version: 1, name: "Back" }),
      ).rejects.toMatchObject({ code: AppErrorCode.ForbiddenState });
    });
  });
});
