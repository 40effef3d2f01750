import { buildDemoOrganisation, DEMO_NOW, sceneToSvg } from "@ascent/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasRole } from "../../../app/access/granted-role.js";
import { loadOrgView } from "../../../app/diagrams/load-org-view.service.js";
import { orgDiagramScene } from "../../../app/diagrams/org-diagram-scene.js";
import { markersIn } from "../../../app/digest/testing/private-text.fixture.js";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { loadDemoOrganisation } from "../../../store/transfer/load-demo-organisation.js";
import {
  accountIdOf,
  buildCastAppWithPrivateText,
  MATRIX_ROLES,
  type MatrixRole,
  ROLE_PERSON,
  sessionHeaders,
} from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("diagrams over HTTP", () => {
    let test: TestApp;
    const as = async (person: string | null, url: string) => {
      const auth = person
        ? await sessionHeaders(test.database.db, () => test.clock().toISOString(), person)
        : { cookies: {}, headers: {} };
      return test.app.inject({ method: "GET", url, cookies: auth.cookies });
    };
    const get = (url: string) => as(CAST.member, url);
    beforeAll(async () => {
      // The lead's moment stays `aware` (their private note); the mentor's was extended, then accepted.
      test = await buildCastAppWithPrivateText(engine);
    });
    afterAll(() => test.app.close());

    it("draws each framework diagram as accessible SVG, identically twice", async () => {
      for (const kind of ["levels", "axis", "zigzag", "diagonal"]) {
        const first = await get(`/api/v1/diagrams/${kind}?theme=dark&width=800`);
        expect(first.statusCode, first.body).toBe(200);
        expect(first.headers["content-type"]).toMatch(/^image\/svg\+xml/);
        expect(first.body).toMatch(/^<svg[\s\S]*<title/);
        expect((await get(`/api/v1/diagrams/${kind}?theme=dark&width=800`)).body).toBe(first.body);
      }
    });

    it("serves the active framework the diagrams are drawn from", async () => {
      const response = await get("/api/v1/framework");
      expect(response.statusCode).toBe(200);
      expect(response.json().framework.levels).toHaveLength(4);
    });

    it("renders PNG and the text equivalent on request, named for saving", async () => {
      const png = await get("/api/v1/diagrams/levels?format=png");
      expect(png.statusCode).toBe(200);
      expect(png.headers["content-type"]).toBe("image/png");
      expect(png.rawPayload.subarray(1, 4).toString()).toBe("PNG");
      expect(png.headers["content-disposition"]).toBe('inline; filename="ascent-levels.png"');
      const text = await get(`/api/v1/people/${CAST.member}/diagrams/person?format=txt&download=1`);
      expect(text.statusCode).toBe(200);
      expect(text.headers["content-type"]).toMatch(/^text\/plain/);
      expect(text.headers["content-disposition"]).toBe('attachment; filename="ascent-person-name-of-p-member.txt"');
      expect(text.body).toContain("Name of p-member");
    });

    it("refuses unknown kinds and bad options in the error shape", async () => {
      const kind = await get("/api/v1/diagrams/pie");
      expect(kind.statusCode).toBe(400);
      expect(kind.json().error.details[0].field).toBe("params.kind");
      const width = await get("/api/v1/diagrams/levels?width=10");
      expect(width.statusCode).toBe(400);
      expect(width.json().error.details[0].field).toBe("query.width");
      const format = await get(`/api/v1/people/${CAST.member}/diagrams/zigzag?format=gif`);
      expect(format.statusCode).toBe(400);
      expect(format.json().error.details[0].field).toBe("query.format");
      // A kind that exists, but not for this subject.
      for (const url of [
        `/api/v1/people/${CAST.member}/diagrams/chain`,
        "/api/v1/teams/t-1/diagrams/timeline",
        "/api/v1/organisation/diagrams/person",
      ]) {
        const wrong = await as(CAST.admin, url);
        expect(wrong.statusCode, url).toBe(400);
        expect(wrong.json().error.details[0].field, url).toBe("params.kind");
      }
    });

    it("draws a person for those who may look at them, and for nobody else", async () => {
      for (const kind of ["person", "zigzag", "timeline"]) {
        for (const viewer of [CAST.member, CAST.mentor, CAST.lead, CAST.groupLead, CAST.leader, CAST.admin]) {
          const response = await as(viewer, `/api/v1/people/${CAST.member}/diagrams/${kind}`);
          expect(response.statusCode, `${viewer} ${kind}`).toBe(200);
          expect(response.body).toMatch(/^<svg/);
        }
        const refused = await as(CAST.unrelated, `/api/v1/people/${CAST.member}/diagrams/${kind}`);
        expect(refused.statusCode).toBe(404);
        expect(refused.json().error.code).toBe("not_found");
        expect((await as(CAST.admin, `/api/v1/people/nobody/diagrams/${kind}`)).statusCode).toBe(404);
      }
    });

    it("puts on a timeline only moments past `aware` that the viewer may see", async () => {
      const timeline = (viewer: string) => as(viewer, `/api/v1/people/${CAST.member}/diagrams/timeline?format=txt`);
      for (const viewer of [CAST.member, CAST.mentor, CAST.lead, CAST.leader]) {
        const text = (await timeline(viewer)).body;
        expect(text, viewer).toContain("accepted — Received from Name of p-mentor");
        // The lead's moment is still only the lead's note: not on anyone's timeline, not even the lead's.
        expect(text, viewer).not.toContain("Name of p-lead");
      }
      const mentorsOwn = (await as(CAST.mentor, `/api/v1/people/${CAST.mentor}/diagrams/timeline?format=txt`)).body;
      expect(mentorsOwn).toContain("Given to Name of p-member");
      // The lead of the member's team sees the link, but not on the mentor's own timeline (another team).
      expect((await as(CAST.lead, `/api/v1/people/${CAST.mentor}/diagrams/timeline`)).statusCode).toBe(404);
    });

    it("draws a team for its leads, leaders and admins only", async () => {
      const team = await as(CAST.lead, "/api/v1/teams/t-1/diagrams/team");
      expect(team.statusCode, team.body).toBe(200);
      expect(team.body).toContain("Payments");
      expect(team.body).toContain("Name of p-member");
      expect((await as(CAST.groupLead, "/api/v1/teams/t-1/diagrams/pipeline")).statusCode).toBe(200);
      expect((await as(CAST.leader, "/api/v1/teams/t-2/diagrams/team")).statusCode).toBe(200);
      for (const [viewer, url] of [
        [CAST.lead, "/api/v1/teams/t-2/diagrams/team"],
        [CAST.member, "/api/v1/teams/t-1/diagrams/team"],
        [CAST.mentor, "/api/v1/teams/t-1/diagrams/pipeline"],
        [CAST.admin, "/api/v1/teams/no-such-team/diagrams/team"],
      ] as const) {
        const refused = await as(viewer, url);
        expect(refused.statusCode, `${viewer} ${url}`).toBe(404);
        expect(refused.json().error.message).toBe("team not found");
      }
    });

    it("draws the organisation for leaders and admins only; its chain shows links, never notes", async () => {
      const chain = await as(CAST.leader, "/api/v1/organisation/diagrams/chain?format=txt");
      expect(chain.statusCode, chain.body).toBe(200);
      expect(chain.body).toContain("Name of p-mentor");
      expect(chain.body).not.toContain("Name of p-lead");
      for (const kind of ["team", "pipeline", "levels", "axis", "zigzag", "diagonal"]) {
        expect((await as(CAST.admin, `/api/v1/organisation/diagrams/${kind}`)).statusCode, kind).toBe(200);
      }
      for (const viewer of [CAST.member, CAST.mentor, CAST.lead, CAST.groupLead]) {
        expect((await as(viewer, "/api/v1/organisation/diagrams/team")).statusCode, viewer).toBe(404);
      }
    });

    it("never draws private text, for any role, in any format", async () => {
      const urls = [
        ...["person", "zigzag", "timeline"].map((k) => `/api/v1/people/${CAST.member}/diagrams/${k}`),
        ...["team", "pipeline"].map((k) => `/api/v1/teams/t-1/diagrams/${k}`),
        ...["team", "pipeline", "chain"].map((k) => `/api/v1/organisation/diagrams/${k}`),
      ];
      const bodies: string[] = [];
      for (const role of MATRIX_ROLES as readonly MatrixRole[]) {
        const person = role === "anonymous" ? null : ROLE_PERSON[role];
        for (const url of urls) {
          for (const format of ["svg", "txt"]) {
            const response = await as(person, `${url}?format=${format}`);
            expect(response.statusCode, `${role} ${url}`).toBeLessThan(500);
            bodies.push(response.body);
          }
        }
      }
      expect(markersIn(bodies.join("\n"))).toEqual([]);
    });
  });

  describe("diagrams over HTTP and from the CLI", () => {
    let test: TestApp;
    let adminId: string;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      test.clock.set(DEMO_NOW);
      const org = buildDemoOrganisation();
      await loadDemoOrganisation(test.database.db, org);
      adminId = org.people.find((p) => p.status === "active" && hasRole(p.roles, "admin"))!.id;
      await test.database.db
        .insertInto("account")
        .values({
          id: accountIdOf(adminId),
          person_id: adminId,
          email: "demo-admin@example.test",
          password_hash: null,
          created_at: DEMO_NOW,
          last_login_at: null,
        })
        .execute();
    });
    afterAll(() => test.app.close());

    it("draws the same bytes for the same subject: one path from the database to the picture", async () => {
      const view = await loadOrgView(test.database.db);
      const auth = await sessionHeaders(test.database.db, () => test.clock().toISOString(), adminId);
      const http = async (url: string) => (await test.app.inject({ method: "GET", url, cookies: auth.cookies })).body;
      const cli = (target: Parameters<typeof orgDiagramScene>[1], kind: Parameters<typeof orgDiagramScene>[2]) =>
        sceneToSvg(orgDiagramScene(view, target, kind, {}, new Date(DEMO_NOW)));
      for (const kind of ["team", "pipeline", "chain"] as const) {
        expect(await http(`/api/v1/organisation/diagrams/${kind}`), kind).toBe(cli({ kind: "org" }, kind));
      }
      const team = view.teams[0]!;
      for (const kind of ["team", "pipeline"] as const) {
        expect(await http(`/api/v1/teams/${team.id}/diagrams/${kind}`), kind).toBe(
          cli({ kind: "team", teamId: team.id, name: team.name }, kind),
        );
      }
      // Someone with moments on their timeline.
      const person = view.people.find((p) =>
        view.sharedMoments.some((m) => m.receiverId === p.person.id && m.state !== "no_change"),
      )!;
      for (const kind of ["person", "zigzag", "timeline"] as const) {
        expect(await http(`/api/v1/people/${person.person.id}/diagrams/${kind}`), kind).toBe(
          cli({ kind: "person", person }, kind),
        );
      }
    });
  });
});
