import { describe, expect, it } from "vitest";
import {
  countedFromScratch,
  recountDashboardCounts,
  storedDashboardCounts,
} from "../../store/read-models/dashboard-counts.js";
import { listAudit } from "../../store/repositories/audit-log.repository.js";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { actorFor } from "../access/actor.js";
import { AppErrorCode } from "../errors/app-error.js";
import { listPeople } from "../people-directory/list-people.service.js";
import { testContext } from "../testing/fixed-clock.js";
import { CAST, castActors, seedPrivacyCast } from "../testing/privacy-cast.fixture.js";
import { addLead } from "./add-lead.service.js";
import { addTeamMember } from "./add-team-member.service.js";
import { createGroup } from "./create-group.service.js";
import { createTeam } from "./create-team.service.js";
import { deleteGroup } from "./delete-group.service.js";
import { deleteTeam } from "./delete-team.service.js";
import { listGroups } from "./list-groups.service.js";
import { listTeams } from "./list-teams.service.js";
import { removeLead } from "./remove-lead.service.js";
import { removeTeamMember } from "./remove-team-member.service.js";
import { updateGroup } from "./update-group.service.js";
import { updateTeam } from "./update-team.service.js";

forEachEngine((engine) => {
  describe("teams, groups, members and leads", () => {
    async function setUp() {
      const database = await engine.create();
      await seedPrivacyCast(database.db);
      await recountDashboardCounts(database.db);
      return { db: database.db, ctx: testContext(database.db), a: castActors() };
    }

    it("lists teams and groups with counts: all for admins and leaders, one's own and led ones for others", async () => {
      const { ctx, a } = await setUp();
      const all = await listTeams(ctx, a.leader);
      expect(all.teams).toEqual([
        {
          id: "t-1",
          name: "Payments",
          group: { id: "g-1", name: "Platform" },
          memberCount: 3,
          leadCount: 1,
          leads: [{ id: CAST.lead, name: `Name of ${CAST.lead}` }],
          version: 1,
        },
        { id: "t-2", name: "Search", group: null, memberCount: 4, leadCount: 0, leads: [], version: 1 },
      ]);
      expect((await listTeams(ctx, a.member)).teams.map((t) => t.id)).toEqual(["t-1"]);
      expect((await listTeams(ctx, a.groupLead)).teams.map((t) => t.id)).toEqual(["t-1", "t-2"]);
      expect((await listGroups(ctx, a.admin)).groups).toEqual([
        {
          id: "g-1",
          name: "Platform",
          teamCount: 1,
          memberCount: 3,
          leadCount: 1,
          leads: [{ id: CAST.groupLead, name: `Name of ${CAST.groupLead}` }],
          version: 1,
        },
      ]);
      expect((await listGroups(ctx, a.member)).groups.map((g) => g.id)).toEqual(["g-1"]);
      expect((await listGroups(ctx, a.mentor)).groups).toEqual([]);
    });

    it("creates, renames and moves a team on its current version; names are unique in any case", async () => {
      const { ctx, a, db } = await setUp();
      const team = await createTeam(ctx, a.admin, { name: "Billing", groupId: "g-1" });
      expect(team).toMatchObject({ name: "Billing", group: { id: "g-1" }, memberCount: 0, version: 1 });
      await expect(createTeam(ctx, a.admin, { name: "payments" })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
        details: [{ field: "name" }],
      });
      // In any alphabet's case, on both engines.
      await createTeam(ctx, a.admin, { name: "Équipe Ørsted" });
      await expect(createTeam(ctx, a.admin, { name: "équipe ørsted" })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
        details: [{ field: "name" }],
      });
      await expect(createTeam(ctx, a.admin, { name: "Ledger", groupId: "g-404" })).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
        details: [{ field: "groupId", reason: "is not a group" }],
      });
      const renamed = await updateTeam(ctx, a.admin, { teamId: team.id, version: 1, name: "Invoicing", groupId: null });
      expect(renamed).toMatchObject({ name: "Invoicing", group: null, version: 2 });
      await expect(updateTeam(ctx, a.admin, { teamId: team.id, version: 1, name: "Stale" })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
      });
      await expect(updateTeam(ctx, a.admin, { teamId: team.id, version: 2, name: "Search" })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
        details: [{ field: "name" }],
      });
      await expect(updateTeam(ctx, a.admin, { teamId: team.id, version: 2 })).rejects.toMatchObject({
        code: AppErrorCode.ValidationFailed,
      });
      await expect(updateTeam(ctx, a.admin, { teamId: "t-404", version: 1, name: "X" })).rejects.toMatchObject({
        code: AppErrorCode.NotFound,
      });
      expect((await listAudit(db)).map((e) => e.action).sort()).toEqual([
        "team.created",
        "team.created",
        "team.updated",
      ]);
    });

    it("moving a staffed team to another group moves its coverage figures with it", async () => {
      const { ctx, a, db } = await setUp();
      const group = await createGroup(ctx, a.admin, { name: "Elsewhere" });
      const [team] = (await listTeams(ctx, a.admin)).teams.filter((t) => t.memberCount > 0 && t.group !== null);
      await updateTeam(ctx, a.admin, { teamId: team!.id, version: team!.version, groupId: group.id });
      expect(await storedDashboardCounts(db)).toEqual(await countedFromScratch(db));
      await updateTeam(ctx, a.admin, { teamId: team!.id, version: team!.version + 1, groupId: null });
      expect(await storedDashboardCounts(db)).toEqual(await countedFromScratch(db));
    });

    it("deletes only an empty team (deactivated people count), on its current version", async () => {
      const { ctx, a, db } = await setUp();
      const team = await createTeam(ctx, a.admin, { name: "Temp" });
      const joined = await addTeamMember(ctx, a.admin, { teamId: team.id, personId: CAST.unrelated, version: 1 });
      expect(joined.team).toEqual({ id: team.id, name: "Temp" });
      await db.updateTable("person").set({ status: "deactivated" }).where("id", "=", CAST.unrelated).execute();
      await expect(deleteTeam(ctx, a.admin, { teamId: team.id, version: 1 })).rejects.toMatchObject({
        code: AppErrorCode.ForbiddenState,
      });
      await removeTeamMember(ctx, a.admin, { teamId: team.id, personId: CAST.unrelated, version: 2 });
      await addLead(ctx, a.admin, { kind: "team", unitId: team.id, personId: CAST.member });
      await expect(deleteTeam(ctx, a.admin, { teamId: team.id, version: 2 })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
      });
      await deleteTeam(ctx, a.admin, { teamId: team.id, version: 1 });
      expect((await listTeams(ctx, a.admin)).teams.map((t) => t.id)).toEqual(["t-1", "t-2"]);
      const leads = await db.selectFrom("team_lead").select("team_id").where("team_id", "=", team.id).execute();
      expect(leads).toEqual([]);
      await expect(deleteTeam(ctx, a.admin, { teamId: "t-1", version: 1 })).rejects.toMatchObject({
        code: AppErrorCode.ForbiddenState,
      });
    });

    it("moves people between teams on the person's version, with the dashboard counts following", async () => {
      const { ctx, a } = await setUp();
      const moved = await addTeamMember(ctx, a.admin, { teamId: "t-2", personId: CAST.member, version: 1 });
      expect(moved).toMatchObject({ team: { id: "t-2" }, version: 2 });
      expect((await listTeams(ctx, a.admin)).teams.map((t) => t.memberCount)).toEqual([2, 5]);
      await expect(
        addTeamMember(ctx, a.admin, { teamId: "t-1", personId: CAST.member, version: 1 }),
      ).rejects.toMatchObject({ code: AppErrorCode.Conflict });
      await expect(
        removeTeamMember(ctx, a.admin, { teamId: "t-1", personId: CAST.member, version: 2 }),
      ).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      await expect(
        addTeamMember(ctx, a.admin, { teamId: "t-404", personId: CAST.member, version: 2 }),
      ).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      const out = await removeTeamMember(ctx, a.admin, { teamId: "t-2", personId: CAST.member, version: 2 });
      expect(out).toMatchObject({ team: null, version: 3 });
      expect((await listTeams(ctx, a.admin)).teams.map((t) => t.memberCount)).toEqual([2, 4]);
    });

    it("makes and unmakes leads (audited), which widens and narrows what they see", async () => {
      const { ctx, a, db } = await setUp();
      expect((await listPeople(ctx, actorFor(CAST.mentor), {})).people.map((p) => p.id)).toEqual(
        [CAST.member, CAST.mentor].sort(),
      );
      const led = await addLead(ctx, a.admin, { kind: "team", unitId: "t-2", personId: CAST.mentor });
      expect(led).toMatchObject({ id: "t-2", leadCount: 1, leads: [{ id: CAST.mentor }] });
      // Adding again changes nothing.
      expect(await addLead(ctx, a.admin, { kind: "team", unitId: "t-2", personId: CAST.mentor })).toEqual(led);
      expect((await listPeople(ctx, actorFor(CAST.mentor), {})).people).toHaveLength(5);
      const unled = await removeLead(ctx, a.admin, { kind: "team", unitId: "t-2", personId: CAST.mentor });
      expect(unled.leadCount).toBe(0);
      await expect(
        removeLead(ctx, a.admin, { kind: "team", unitId: "t-2", personId: CAST.mentor }),
      ).rejects.toMatchObject({ code: AppErrorCode.NotFound });
      const group = await addLead(ctx, a.admin, { kind: "group", unitId: "g-1", personId: CAST.mentor });
      expect(group.leads.map((l) => l.id)).toEqual([CAST.groupLead, CAST.mentor]);
      await db.updateTable("person").set({ status: "deactivated" }).where("id", "=", CAST.unrelated).execute();
      await expect(
        addLead(ctx, a.admin, { kind: "team", unitId: "t-1", personId: CAST.unrelated }),
      ).rejects.toMatchObject({ code: AppErrorCode.ForbiddenState });
      const audit = await listAudit(db);
      expect(audit.filter((e) => e.action === "lead.added")).toHaveLength(2);
      expect(audit.filter((e) => e.action === "lead.removed")).toHaveLength(1);
    });

    it("creates, renames and deletes groups; a group with teams stays", async () => {
      const { ctx, a } = await setUp();
      const group = await createGroup(ctx, a.admin, { name: "Data" });
      expect(group).toMatchObject({ name: "Data", teamCount: 0, memberCount: 0, version: 1 });
      await expect(createGroup(ctx, a.admin, { name: "PLATFORM" })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
      });
      expect(await updateGroup(ctx, a.admin, { groupId: group.id, version: 1, name: "Data & ML" })).toMatchObject({
        name: "Data & ML",
        version: 2,
      });
      await expect(updateGroup(ctx, a.admin, { groupId: group.id, version: 1, name: "Late" })).rejects.toMatchObject({
        code: AppErrorCode.Conflict,
      });
      await expect(deleteGroup(ctx, a.admin, { groupId: "g-1", version: 1 })).rejects.toMatchObject({
        code: AppErrorCode.ForbiddenState,
      });
      await deleteGroup(ctx, a.admin, { groupId: group.id, version: 2 });
      expect((await listGroups(ctx, a.admin)).groups.map((g) => g.id)).toEqual(["g-1"]);
    });

    it("is the admin's: anyone else gets not_found", async () => {
      const { ctx, a } = await setUp();
      for (const actor of [a.member, a.lead, a.groupLead, a.leader, a.mentor]) {
        for (const attempt of [
          () => createTeam(ctx, actor, { name: "X" }),
          () => updateTeam(ctx, actor, { teamId: "t-1", version: 1, name: "X" }),
          () => deleteTeam(ctx, actor, { teamId: "t-2", version: 1 }),
          () => createGroup(ctx, actor, { name: "X" }),
          () => addTeamMember(ctx, actor, { teamId: "t-1", personId: actor.personId, version: 1 }),
          () => addLead(ctx, actor, { kind: "team", unitId: "t-1", personId: actor.personId }),
          () => removeLead(ctx, actor, { kind: "team", unitId: "t-1", personId: CAST.lead }),
        ]) {
          await expect(attempt()).rejects.toMatchObject({ code: AppErrorCode.NotFound });
        }
      }
    });
  });
});
