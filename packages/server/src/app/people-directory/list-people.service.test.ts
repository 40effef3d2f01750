import { describe, expect, it } from "vitest";
import { insertPeople } from "../../store/repositories/person.repository.js";
import { buildPerson } from "../../store/testing/store-fixtures.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { actorFor } from "../access/actor.js";
import { createCheckInDraft } from "../check-ins/create-check-in-draft.service.js";
import { submitCheckIn } from "../check-ins/submit-check-in.service.js";
import { AppErrorCode } from "../errors/app-error.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { listPeople, TOTAL_CAP } from "./list-people.service.js";

/** Code-point order of the case-insensitive name, then id: what both engines must answer (ASCII names). */
function expectedOrder(people: readonly { id: string; name: string }[]): string[] {
  return [...people]
    .sort((a, b) => {
      const x = a.name.toLowerCase();
      const y = b.name.toLowerCase();
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .map((p) => p.id);
}

forEachEngine((engine) => {
  describe("people list", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      return { db: database.db, ctx: testContext(database.db), a: castActors() };
    }
    const idsOf = (page: { people: readonly { id: string }[] }) => page.people.map((p) => p.id).sort();

    it("shows admins and leaders everyone, a lead their teams, a mentor their mentees, a member only themselves", async () => {
      const { ctx, a } = await setUp();
      const everyone = Object.values(CAST).sort();
      expect(idsOf(await listPeople(ctx, a.admin, {}))).toEqual(everyone);
      expect(await listPeople(ctx, a.leader, {})).toMatchObject({ scope: "organisation" });
      expect(idsOf(await listPeople(ctx, a.leader, {}))).toEqual(everyone);
      // The lead leads t-1 (member, lead, unrelated); the group lead reaches t-1 through group g-1.
      expect(idsOf(await listPeople(ctx, a.lead, {}))).toEqual([CAST.lead, CAST.member, CAST.unrelated].sort());
      expect(idsOf(await listPeople(ctx, a.groupLead, {}))).toEqual(
        [CAST.groupLead, CAST.lead, CAST.member, CAST.unrelated].sort(),
      );
      const mentor = await listPeople(ctx, a.mentor, {});
      expect(mentor.scope).toBe("related");
      expect(idsOf(mentor)).toEqual([CAST.member, CAST.mentor].sort());
      const member = await listPeople(ctx, a.member, {});
      expect(member).toMatchObject({ scope: "self", total: { count: 1, exact: true } });
      expect(idsOf(member)).toEqual([CAST.member]);
      // Filtering cannot widen a scope: the member asking for another team gets nobody.
      expect((await listPeople(ctx, a.member, { teamId: "t-2" })).people).toEqual([]);
    });

    it("lists a lead who also mentors each related person once, in one order across pages", async () => {
      const { db, ctx } = await setUp();
      // The lead mentors someone in their own team (unrelated) and someone outside it (the mentor).
      await db
        .insertInto("mentorship")
        .values(
          [CAST.unrelated, CAST.mentor].map((menteeId, i) => ({
            id: `m-lead-${i}`,
            mentor_id: CAST.lead,
            mentee_id: menteeId,
            started_at: "2025-01-01T09:00:00.000Z",
            ended_at: null,
            cadence_days: 28,
          })),
        )
        .execute();
      const lead = actorFor(CAST.lead);
      const expected = [CAST.lead, CAST.member, CAST.mentor, CAST.unrelated].sort();
      const whole = await listPeople(ctx, lead, {});
      expect(whole.people.map((p) => p.id)).toEqual(expected);
      expect(whole.total).toEqual({ count: 4, exact: true });
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listPeople(ctx, actorFor(CAST.lead), { limit: 1, ...(cursor ? { cursor } : {}) });
        paged.push(...page.people.map((p) => p.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(paged).toEqual(expected);
    });

    it("shows emails and roles to admins only (and one's own email to oneself)", async () => {
      const { ctx, a } = await setUp();
      const byAdmin = await listPeople(ctx, a.admin, {});
      expect(byAdmin.people.find((p) => p.id === CAST.leader)).toMatchObject({
        email: `${CAST.leader}@example.test`,
        roles: ["leader"],
      });
      const byLead = await listPeople(ctx, a.lead, {});
      expect(byLead.people.find((p) => p.id === CAST.member)).toMatchObject({ email: null, roles: null });
      expect(byLead.people.find((p) => p.id === CAST.lead)?.email).toBe(`${CAST.lead}@example.test`);
    });

    it("searches by case-insensitive name prefix; only admins also match email prefixes", async () => {
      const { db, ctx, a } = await setUp();
      await insertPeople(db, [
        buildPerson({ id: "p-zoe", name: "Zoë Quinn", email: "zq@corp.test", teamId: "t-1" }),
        buildPerson({ id: "p-zed", name: "zed Rivers", email: "rivers@corp.test", teamId: "t-1" }),
        buildPerson({ id: "p-ann", name: "Ann Zander", email: "zed.alias@corp.test", teamId: "t-1" }),
      ]);
      expect(idsOf(await listPeople(ctx, a.admin, { q: "Z" }))).toEqual(["p-ann", "p-zed", "p-zoe"]);
      expect(idsOf(await listPeople(ctx, a.admin, { q: "ZE" }))).toEqual(["p-ann", "p-zed"]);
      expect(idsOf(await listPeople(ctx, a.admin, { q: "  zoë " }))).toEqual(["p-zoe"]);
      // A lead sees the same people by name, but an email prefix finds nothing for them.
      expect(idsOf(await listPeople(ctx, a.lead, { q: "ze" }))).toEqual(["p-zed"]);
      expect(idsOf(await listPeople(ctx, a.lead, { q: "rivers" }))).toEqual([]);
      expect(idsOf(await listPeople(ctx, a.admin, { q: "rivers" }))).toEqual(["p-zed"]);
      // No part of a name but its start matches, and LIKE wildcards are plain characters.
      expect(idsOf(await listPeople(ctx, a.admin, { q: "Quinn" }))).toEqual([]);
      expect(idsOf(await listPeople(ctx, a.admin, { q: "%" }))).toEqual([]);
    });

    it("folds every alphabet's case alike on both engines, not only A to Z", async () => {
      const { db, ctx, a } = await setUp();
      await insertPeople(db, [
        buildPerson({ id: "p-emile", name: "Émile Durand", email: "ÉMILE@corp.test", teamId: "t-1" }),
        buildPerson({ id: "p-ivan", name: "Иван Петров", email: "ivan@corp.test", teamId: "t-1" }),
        buildPerson({ id: "p-oyvind", name: "ØYVIND Berg", email: "oyvind@corp.test", teamId: "t-1" }),
      ]);
      for (const [q, ids] of [
        ["émile", ["p-emile"]],
        ["ÉMI", ["p-emile"]],
        ["иван", ["p-ivan"]],
        ["ИВАН П", ["p-ivan"]],
        ["øyv", ["p-oyvind"]],
      ] as const) {
        expect(idsOf(await listPeople(ctx, a.admin, { q })), q).toEqual(ids);
      }
      // The email key folds too (admins search it).
      expect(idsOf(await listPeople(ctx, a.admin, { q: "émile@" }))).toEqual(["p-emile"]);
    });

    it("filters by team, group, status and the stage worked on; shows self and mentor positions apart", async () => {
      const { db, ctx, a } = await setUp();
      await insertPeople(db, [buildPerson({ id: "p-gone", teamId: "t-1", status: "deactivated" })]);
      expect(idsOf(await listPeople(ctx, a.admin, { teamId: "t-2" }))).toEqual(
        [CAST.admin, CAST.groupLead, CAST.leader, CAST.mentor].sort(),
      );
      expect(idsOf(await listPeople(ctx, a.admin, { groupId: "g-1" }))).toEqual(
        [CAST.lead, CAST.member, CAST.unrelated].sort(),
      );
      expect(idsOf(await listPeople(ctx, a.admin, { status: "deactivated" }))).toEqual(["p-gone"]);

      const self = await createCheckInDraft(ctx, a.member, {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "established", "self-ownership": "established", "team-awareness": "emerging" },
      });
      await submitCheckIn(ctx, a.member, { checkInId: self.checkIn.id, version: 1 });
      ctx.tick();
      const mentor = await createCheckInDraft(ctx, a.mentor, {
        personId: CAST.member,
        assessorKind: "mentor",
        ratings: { "self-awareness": "established", "self-ownership": "emerging" },
      });
      await submitCheckIn(ctx, a.mentor, { checkInId: mentor.checkIn.id, version: 1 });

      const page = await listPeople(ctx, a.lead, {});
      expect(page.people.find((p) => p.id === CAST.member)).toMatchObject({
        team: { id: "t-1", name: "Payments" },
        positions: {
          self: { progress: 2.5, reachedStageId: "self-ownership", workingOnStageId: "team-awareness" },
          mentor: { progress: 1.5, reachedStageId: "self-awareness", workingOnStageId: "self-ownership" },
        },
      });
      expect(page.people.find((p) => p.id === CAST.lead)?.positions).toEqual({ self: null, mentor: null });
      // The current position (the mentor view wins) is what the stage filter reads.
      expect(idsOf(await listPeople(ctx, a.admin, { stage: "self-ownership" }))).toEqual([CAST.member]);
      expect(idsOf(await listPeople(ctx, a.admin, { stage: "team-awareness" }))).toEqual([]);
    });

    it("refuses bad input naming every field", async () => {
      const { ctx, a } = await setUp();
      await expect(
        listPeople(ctx, a.admin, { limit: 0, cursor: "not a cursor!", stage: "nowhere", status: "gone" }),
      ).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: expect.arrayContaining([
          expect.objectContaining({ field: "limit" }),
          expect.objectContaining({ field: "cursor" }),
          expect.objectContaining({ field: "stage" }),
          expect.objectContaining({ field: "status" }),
        ]),
      });
      await expect(listPeople(ctx, a.admin, { limit: 101 })).rejects.toMatchObject({ code: "validation_failed" });
      // A well-formed cursor of the wrong shape is refused too.
      const forged = Buffer.from(JSON.stringify([1, 2, 3])).toString("base64url");
      await expect(listPeople(ctx, a.admin, { cursor: forged })).rejects.toMatchObject({
        details: [{ field: "cursor", reason: expect.any(String) }],
      });
    });

    it("pages through thousands of people in a stable order: no duplicates, nobody missing, exact boundaries", async () => {
      const { db, ctx } = await setUp();
      // Many equal names (ties broken by id), mixed case, and names that are prefixes of others.
      const stems = ["alex", "Alex", "ALEXANDRA", "bo", "Bo-Ray", "bo ray", "Chen", "chen li", "d'Arcy", "Émile"];
      const people = Array.from({ length: 3000 }, (_, i) =>
        buildPerson({
          id: `bulk-${String((i * 7919) % 3000).padStart(5, "0")}`,
          name: `${stems[i % stems.length]} ${String(i % 13)}`,
          teamId: i % 2 === 0 ? "t-1" : "t-2",
        }),
      );
      await insertPeople(db, people);
      const admin = actorFor(CAST.admin, { roles: ["admin"] });
      const all = [
        ...people,
        ...(await db.selectFrom("person").select(["id", "name"]).where("id", "not like", "bulk-%").execute()),
      ];
      // Émile's key starts with é, after every ASCII letter in code-point order, on both engines.
      const expected = expectedOrder(all.filter((p) => !p.name.startsWith("É"))).concat(
        expectedOrder(all.filter((p) => p.name.startsWith("É"))),
      );

      for (const limit of [100, 37]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await listPeople(ctx, admin, { limit, ...(cursor ? { cursor } : {}) });
          expect(page.people.length).toBeLessThanOrEqual(limit);
          if (page.nextCursor !== null) expect(page.people.length).toBe(limit);
          expect(page.total).toEqual({ count: TOTAL_CAP, exact: false });
          seen.push(...page.people.map((p) => p.id));
          cursor = page.nextCursor ?? undefined;
          pages += 1;
        } while (cursor !== undefined);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen).toEqual(expected);
        expect(pages).toBe(Math.ceil(expected.length / limit));
      }

      // A search pages the same way, within its matches only.
      const matches = expected.filter((id) =>
        all
          .find((p) => p.id === id)!
          .name.toLowerCase()
          .startsWith("bo"),
      );
      const found: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listPeople(ctx, admin, { q: "BO", teamId: "t-1", limit: 50, ...(cursor ? { cursor } : {}) });
        found.push(...page.people.map((p) => p.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      const inTeam = new Set(people.filter((p) => p.teamId === "t-1").map((p) => p.id));
      expect(found).toEqual(matches.filter((id) => inTeam.has(id)));
      const small = await listPeople(ctx, admin, { q: "bo-ray", limit: 1 });
      expect(small.total).toEqual({ count: 300, exact: true });
    }, 120_000);
  });
});
