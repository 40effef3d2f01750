import type { Kysely } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { actorFor } from "../app/access/actor.js";
import { AppError } from "../app/errors/app-error.js";
import type { Database } from "../store/schema/database.js";
import { forEachEngine } from "../store/testing/test-engines.js";
import { commitOrgChartImport, type OrgChartImportOptions, previewOrgChartImport } from "./import-org-chart.service.js";
import { csvBytes, generatedOrgChart } from "./org-chart-test.helpers.js";

const NOW = "2026-03-01T09:00:00.000Z";
const LATER = "2026-04-01T09:00:00.000Z";

/** Deterministic ids and clock, so rows can be asserted exactly. */
function fixed(now = NOW): OrgChartImportOptions {
  let n = 0;
  return { now: () => now, newId: () => `id-${now.slice(5, 7)}-${String(++n).padStart(6, "0")}` };
}

const FIRST = csvBytes(
  "name,email,team,group,mentor,role",
  "Root,root@x.io,,,,admin",
  "Ana,ana@x.io,Payments,Money,,lead",
  "Bo,bo@x.io,Payments,Money,ana@x.io,",
  '"Cy, Jr",cy@x.io,Ledger,Money,ana@x.io,leader',
);

/** People as name/email/team/roles, mentorships as mentee→mentor (open or ended), leads as team:person. */
async function organisation(db: Kysely<Database>) {
  const people = await db
    .selectFrom("person")
    .leftJoin("team", "team.id", "person.team_id")
    .select(["person.name", "person.email", "team.name as team", "person.roles", "person.version"])
    .orderBy("person.email")
    .execute();
  const mentorships = await db
    .selectFrom("mentorship as m")
    .innerJoin("person as mentee", "mentee.id", "m.mentee_id")
    .innerJoin("person as mentor", "mentor.id", "m.mentor_id")
    .select(["mentee.email as mentee", "mentor.email as mentor", "m.ended_at", "m.cadence_days"])
    .orderBy("mentee.email")
    .orderBy("m.started_at")
    .execute();
  const leads = await db
    .selectFrom("team_lead")
    .innerJoin("team", "team.id", "team_lead.team_id")
    .innerJoin("person", "person.id", "team_lead.person_id")
    .select(["team.name as team", "person.email as person"])
    .orderBy("team.name")
    .orderBy("person.email")
    .execute();
  const teams = await db
    .selectFrom("team")
    .leftJoin("group", "group.id", "team.group_id")
    .select(["team.name", "group.name as group"])
    .orderBy("team.name")
    .execute();
  return { people, mentorships, leads, teams };
}

async function tableCounts(db: Kysely<Database>) {
  const count = async (table: "person" | "team" | "group" | "mentorship" | "team_lead") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    person: await count("person"),
    team: await count("team"),
    group: await count("group"),
    mentorship: await count("mentorship"),
    team_lead: await count("team_lead"),
  };
}

forEachEngine((engine) => {
  describe("org-chart import", () => {
    let db: Kysely<Database>;
    beforeEach(async () => {
      db = (await engine.create()).db;
    });

    it("previews without writing, then commits people, teams, groups, leads and mentorships", async () => {
      const report = await previewOrgChartImport(db, FIRST);
      expect(report.ok).toBe(true);
      expect(report.rows.map((r) => r.action)).toEqual(["create", "create", "create", "create"]);
      expect(report.summary).toMatchObject({ people: 4, teams: 2, groups: 1, creates: 4, newTeams: 2, newGroups: 1 });
      expect(await tableCounts(db)).toEqual({ person: 0, team: 0, group: 0, mentorship: 0, team_lead: 0 });

      const result = await commitOrgChartImport(db, FIRST, fixed());
      expect(result.written).toEqual({
        groupsCreated: 1,
        teamsCreated: 2,
        teamsRegrouped: 0,
        peopleCreated: 4,
        peopleUpdated: 0,
        leadsRemoved: 0,
        leadsAdded: 1,
        mentorshipsEnded: 0,
        mentorshipsStarted: 2,
      });
      expect(await organisation(db)).toEqual({
        people: [
          { name: "Ana", email: "ana@x.io", team: "Payments", roles: "[]", version: 1 },
          { name: "Bo", email: "bo@x.io", team: "Payments", roles: "[]", version: 1 },
          { name: "Cy, Jr", email: "cy@x.io", team: "Ledger", roles: '["leader"]', version: 1 },
          { name: "Root", email: "root@x.io", team: null, roles: '["admin"]', version: 1 },
        ],
        mentorships: [
          { mentee: "bo@x.io", mentor: "ana@x.io", ended_at: null, cadence_days: 28 },
          { mentee: "cy@x.io", mentor: "ana@x.io", ended_at: null, cadence_days: 28 },
        ],
        leads: [{ team: "Payments", person: "ana@x.io" }],
        teams: [
          { name: "Ledger", group: "Money" },
          { name: "Payments", group: "Money" },
        ],
      });
    });

    it("re-importing the same file changes nothing", async () => {
      await commitOrgChartImport(db, FIRST, fixed());
      const report = await previewOrgChartImport(db, FIRST);
      expect(report.rows.map((r) => r.action)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
      const result = await commitOrgChartImport(db, FIRST, fixed(LATER));
      expect(Object.values(result.written).every((n) => n === 0)).toBe(true);
    });

    it("re-import updates name, team, role and mentor, ending the previous mentorship", async () => {
      await commitOrgChartImport(db, FIRST, fixed());
      const second = csvBytes(
        "name,email,team,group,mentor,role",
        "Root,root@x.io,,,,admin",
        "Ana Lima,ana@x.io,Payments,Money,,member",
        "Bo,bo@x.io,Ledger,Core,cy@x.io,lead",
        '"Cy, Jr",cy@x.io,Ledger,Core,ana@x.io,leader',
        "Di,di@x.io,Payments,,bo@x.io,",
      );
      const report = await previewOrgChartImport(db, second);
      expect(report.errors).toEqual([]);
      expect(report.rows.map((r) => [r.email, r.action, r.changes])).toEqual([
        ["root@x.io", "unchanged", []],
        ["ana@x.io", "update", ["name", "role"]],
        ["bo@x.io", "update", ["team", "role", "mentor"]],
        ["cy@x.io", "unchanged", []],
        ["di@x.io", "create", []],
      ]);
      expect(report.summary).toMatchObject({ creates: 1, updates: 2, unchanged: 2, teamsRegrouped: 1, newGroups: 1 });

      await commitOrgChartImport(db, second, fixed(LATER));
      const after = await organisation(db);
      expect(after.people.find((p) => p.email === "ana@x.io")).toEqual({
        name: "Ana Lima",
        email: "ana@x.io",
        team: "Payments",
        roles: "[]",
        version: 2,
      });
      expect(after.people.find((p) => p.email === "bo@x.io")).toMatchObject({ team: "Ledger", version: 2 });
      expect(after.leads).toEqual([{ team: "Ledger", person: "bo@x.io" }]);
      expect(after.teams).toEqual([
        { name: "Ledger", group: "Core" },
        { name: "Payments", group: "Money" },
      ]);
      expect(after.mentorships).toEqual([
        { mentee: "bo@x.io", mentor: "ana@x.io", ended_at: LATER, cadence_days: 28 },
        { mentee: "bo@x.io", mentor: "cy@x.io", ended_at: null, cadence_days: 28 },
        { mentee: "cy@x.io", mentor: "ana@x.io", ended_at: null, cadence_days: 28 },
        { mentee: "di@x.io", mentor: "bo@x.io", ended_at: null, cadence_days: 28 },
      ]);
    });

    it("leaves aspects alone whose column the file lacks, and accepts mentors already in the organisation", async () => {
      await commitOrgChartImport(db, FIRST, fixed());
      const namesOnly = csvBytes("Full name,E-mail,Coach", "Bo B.,bo@x.io,cy@x.io", "Eve,eve@x.io,root@x.io");
      const result = await commitOrgChartImport(db, namesOnly, {
        ...fixed(LATER),
        columns: { name: "full name", email: "e-mail", mentor: "coach" },
      });
      expect(result.summary).toMatchObject({ creates: 1, updates: 1, mentorshipsStarted: 2, mentorshipsEnded: 1 });
      const after = await organisation(db);
      expect(after.people.find((p) => p.email === "bo@x.io")).toMatchObject({ name: "Bo B.", team: "Payments" });
      expect(after.people.find((p) => p.email === "eve@x.io")).toMatchObject({ team: null, roles: "[]" });
      expect(after.leads).toEqual([{ team: "Payments", person: "ana@x.io" }]);
    });

    it("refuses a file with any error as validation_failed and writes nothing", async () => {
      await commitOrgChartImport(db, FIRST, fixed());
      const before = await organisation(db);
      const bad = csvBytes("name,email,team,mentor,role", "New,new@x.io,Fresh,,", "Root,root@x.io,,nobody@x.io,member");
      const error = await commitOrgChartImport(db, bad, fixed(LATER)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("validation_failed");
      expect((error as AppError).details).toEqual([
        { field: "line 3, column mentor", reason: "mentor nobody@x.io is neither in the file nor in the organisation" },
        {
          field: "line 3, column role",
          reason: "this would remove the last admin (root@x.io); keep role admin for at least one person",
        },
      ]);
      expect(await organisation(db)).toEqual(before);
    });

    it("rolls everything back when a write fails part-way", async () => {
      // The same id twice: the second team insert violates the primary key after the group was written.
      const options: OrgChartImportOptions = { now: () => NOW, newId: () => "same-id" };
      await expect(commitOrgChartImport(db, FIRST, options)).rejects.toThrow();
      expect(await tableCounts(db)).toEqual({ person: 0, team: 0, group: 0, mentorship: 0, team_lead: 0 });
    });

    it("answers a non-admin actor as not found", async () => {
      const error = await previewOrgChartImport(db, FIRST, { actor: actorFor("p1") }).catch((e: unknown) => e);
      expect((error as AppError).code).toBe("not_found");
      await expect(
        commitOrgChartImport(db, FIRST, { actor: actorFor("p1", { roles: ["admin"] }) }),
      ).resolves.toBeDefined();
    });

    it("imports 5,000 people in batches (prints rows per second)", async () => {
      const rows = 5_000;
      const started = performance.now();
      const result = await commitOrgChartImport(db, generatedOrgChart(rows));
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `[org-chart import] ${engine.name}: ${rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rows / seconds)} rows/s`,
      );
      expect(result.written).toMatchObject({ peopleCreated: rows, teamsCreated: 10, groupsCreated: 2, leadsAdded: 10 });
      expect(result.written.mentorshipsStarted).toBe(rows - 10);
      expect((await tableCounts(db)).person).toBe(rows);
      // A re-import finds everyone unchanged.
      const again = await previewOrgChartImport(db, generatedOrgChart(rows));
      expect(again.summary.unchanged).toBe(rows);
    });
  });
});
