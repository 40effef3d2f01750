/**
 * Private text never leaks through the HTTP edge: marker strings planted (over HTTP, by their
 * authors) in check-in notes, private notes, evidence, plans and moment follow-ups must not appear
 * in any answer — successes, refusals, errors — to an actor who may not see them, nor in any log
 * line at all. The server logs through pino (level trace) into memory; every role then reads,
 * lists, exports and fails to write the member's records, and finally the same reads crash
 * (a database failure right after private rows were read) so the error logs of failing requests
 * are checked too.
 */
import type { LightMyRequestResponse } from "fastify";
import type { KyselyPlugin, PluginTransformResultArgs, QueryResult, UnknownRow } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAST } from "../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../store/testing/test-engines.js";
import { MATRIX_ROLES, type MatrixRole, ROLE_PERSON, seedHttpCast, sessionHeaders } from "./testing/http-cast.js";
import { buildTestApp, type TestApp } from "./testing/test-app.js";

const M = {
  checkIn: "MARKER-HTTP-CHECKIN-71ab",
  draft: "MARKER-HTTP-DRAFT-52cd",
  privateNote: "MARKER-HTTP-PRIVATE-NOTE-93ef",
  mentorNote: "MARKER-HTTP-MENTOR-NOTE-04aa",
  evidence: "MARKER-HTTP-EVIDENCE-15bb",
  plan: "MARKER-HTTP-PLAN-26cc",
  momentAware: "MARKER-HTTP-MOMENT-AWARE-37dd",
  momentExtended: "MARKER-HTTP-MOMENT-EXTENDED-48ee",
} as const;
type Kind = keyof typeof M;
const KINDS = Object.keys(M) as Kind[];

/** Who may see each marker (the privacy table of product.md, admin policy off). */
const SEES: Readonly<Record<Kind, readonly MatrixRole[]>> = {
  checkIn: ["member", "mentor"],
  draft: ["member"],
  privateNote: ["member"],
  mentorNote: ["mentor"],
  evidence: ["member", "mentor"],
  plan: ["member", "mentor", "lead"],
  momentAware: ["mentor"],
  momentExtended: ["member", "mentor"],
};

/** Makes every query whose rows carry a marker fail, as a database failing mid-request would. */
class CrashOnPrivateRows implements KyselyPlugin {
  on = false;
  transformQuery(args: Parameters<KyselyPlugin["transformQuery"]>[0]) {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.on && KINDS.some((kind) => JSON.stringify(args.result.rows).includes(M[kind]))) {
      throw new Error("simulated database failure after reading rows");
    }
    return args.result;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

forEachEngine((engine) => {
  describe("private text in answers and logs", () => {
    let test: TestApp;
    const lines: string[] = [];
    const crash = new CrashOnPrivateRows();
    let ids: Record<Kind, string>;

    const as = async (role: MatrixRole, method: Method, url: string, body?: unknown) => {
      const auth =
        role === "anonymous"
          ? { cookies: {}, headers: {} }
          : await sessionHeaders(test.database.db, () => test.clock().toISOString(), ROLE_PERSON[role]);
      return test.app.inject({
        method,
        url,
        cookies: auth.cookies,
        headers: auth.headers,
        ...(body === undefined ? {} : { payload: body as object }),
      });
    };
    const created = async (role: MatrixRole, method: Method, url: string, body: unknown) => {
      const response = await as(role, method, url, body);
      if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
      return response.json();
    };

    beforeAll(async () => {
      const database = await engine.create();
      test = await buildTestApp(database, {
        logger: { stream: { write: (line) => void lines.push(line) }, level: "trace" },
        db: database.db.withPlugin(crash),
      });
      test.clock.set("2026-06-01T09:00:00.000Z");
      await seedHttpCast(database.db);
      const checkIn = await created("member", "POST", "/api/v1/check-ins", {
        personId: CAST.member,
        assessorKind: "self",
        ratings: { "self-awareness": "established" },
        notes: M.checkIn,
      });
      await created("member", "POST", `/api/v1/check-ins/${checkIn.checkIn.id}/submit`, { version: 1 });
      const draft = await created("member", "POST", "/api/v1/check-ins", {
        personId: CAST.member,
        assessorKind: "self",
        notes: M.draft,
      });
      const note = await created("member", "POST", "/api/v1/notes", { personId: CAST.member, body: M.privateNote });
      const mentorNote = await created("mentor", "POST", "/api/v1/notes", {
        personId: CAST.member,
        body: M.mentorNote,
      });
      const evidence = await created("member", "POST", "/api/v1/evidence", {
        kind: "design-doc",
        title: "Payments redesign",
        body: M.evidence,
        occurredOn: "2026-05-01T00:00:00.000Z",
        stageIds: ["self-ownership"],
      });
      const plan = await created("member", "POST", "/api/v1/plans", { personId: CAST.member });
      await created("member", "PATCH", `/api/v1/plans/${plan.plan.id}`, {
        version: 1,
        goals: [{ id: plan.plan.goals[0].id, status: "in_progress", reviewNotes: M.plan }],
      });
      const aware = await created("mentor", "POST", "/api/v1/moments", {
        receiverId: CAST.member,
        variant: "struggling",
      });
      await created("mentor", "POST", `/api/v1/moments/${aware.moment.id}/follow-ups`, {
        version: 1,
        note: M.momentAware,
      });
      const extended = await created("mentor", "POST", "/api/v1/moments", {
        receiverId: CAST.member,
        variant: "instinct_of_potential",
      });
      test.clock.advance(60_000);
      await created("mentor", "POST", `/api/v1/moments/${extended.moment.id}/transitions`, {
        version: 1,
        to: "extended",
      });
      await created("mentor", "POST", `/api/v1/moments/${extended.moment.id}/follow-ups`, {
        version: 2,
        note: M.momentExtended,
      });
      ids = {
        checkIn: checkIn.checkIn.id,
        draft: draft.checkIn.id,
        privateNote: note.note.id,
        mentorNote: mentorNote.note.id,
        evidence: evidence.evidence.id,
        plan: plan.plan.id,
        momentAware: aware.moment.id,
        momentExtended: extended.moment.id,
      };
    });
    afterAll(() => test.app.close());

    /** Everything a role might try: reads, lists, exports, dashboards and writes that fail. */
    const exercise = async (role: MatrixRole): Promise<LightMyRequestResponse[]> => {
      const reads: [Method, string, unknown?][] = [
        ["GET", `/api/v1/check-ins/${ids.checkIn}`],
        ["GET", `/api/v1/check-ins/${ids.draft}`],
        ["GET", `/api/v1/notes/${ids.privateNote}`],
        ["GET", `/api/v1/notes/${ids.mentorNote}`],
        ["GET", `/api/v1/evidence/${ids.evidence}`],
        ["GET", `/api/v1/plans/${ids.plan}`],
        ["GET", `/api/v1/moments/${ids.momentAware}`],
        ["GET", `/api/v1/moments/${ids.momentExtended}`],
        ["GET", `/api/v1/people/${CAST.member}/overview`],
        ["GET", "/api/v1/me"],
        ["GET", "/api/v1/me/overview"],
        ["GET", "/api/v1/me/mentees"],
        ["GET", "/api/v1/me/export"],
        ["GET", "/api/v1/dashboards/stage-distribution"],
        ["GET", "/api/v1/dashboards/pipeline"],
        ["GET", "/api/v1/dashboards/leadership-coverage"],
        ["GET", "/api/v1/dashboards/calibration"],
        ["GET", "/api/v1/dashboards/nudges"],
        ["GET", "/api/v1/dashboards/moment-effects"],
        ["GET", "/api/v1/dashboards/permission-chain"],
        // Failing writes: stale versions, bad bodies, records that are not the actor's.
        ["PATCH", `/api/v1/notes/${ids.privateNote}`, { version: 99, body: "overwritten" }],
        ["PATCH", `/api/v1/notes/${ids.mentorNote}`, { version: "one", body: 7 }],
        ["PATCH", `/api/v1/check-ins/${ids.draft}`, { version: 99, notes: "overwritten" }],
        ["POST", `/api/v1/check-ins/${ids.checkIn}/corrections`, { notes: 5 }],
        ["POST", `/api/v1/check-ins/${ids.draft}/submit`, { version: 99 }],
        ["PATCH", `/api/v1/evidence/${ids.evidence}`, { version: 99, title: "x" }],
        ["PATCH", `/api/v1/plans/${ids.plan}`, { version: 99, goals: [{ id: "nope" }] }],
        ["POST", `/api/v1/moments/${ids.momentAware}/transitions`, { version: 99, to: "extended" }],
        ["POST", `/api/v1/moments/${ids.momentExtended}/follow-ups`, { version: 99, note: "x" }],
        // Returning to the default changes nothing (widening here would let the lead in, legitimately).
        ["PUT", "/api/v1/sharing", { itemKind: "evidence", itemId: ids.evidence, audience: "lead", allowed: null }],
        ["POST", "/api/v1/notes", { personId: CAST.member, body: { nested: true } }],
      ];
      const responses: LightMyRequestResponse[] = [];
      for (const [method, url, body] of reads) responses.push(await as(role, method, url, body));
      return responses;
    };

    const markersIn = (text: string) => KINDS.filter((kind) => text.includes(M[kind]));

    it("planting the markers logged none of them", () => {
      expect(lines.length).toBeGreaterThan(10);
      expect(markersIn(lines.join("\n"))).toEqual([]);
    });

    for (const role of MATRIX_ROLES) {
      it(`shows ${role} only the markers they may see, and logs none`, async () => {
        const from = lines.length;
        const responses = await exercise(role);
        const text = responses.map((r) => r.body).join("\n");
        const allowed = KINDS.filter((kind) => SEES[kind].includes(role));
        expect(markersIn(text).filter((kind) => !allowed.includes(kind))).toEqual([]);
        // The planting worked: each marker the role may see is somewhere in what it got.
        expect(markersIn(text)).toEqual(allowed);
        expect(responses.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
        const logged = lines.slice(from);
        expect(logged.length).toBeGreaterThanOrEqual(responses.length);
        expect(markersIn(logged.join("\n"))).toEqual([]);
      });
    }

    it("keeps the markers out of error answers and error logs when requests crash", async () => {
      const from = lines.length;
      crash.on = true;
      try {
        for (const role of MATRIX_ROLES) {
          const responses = await exercise(role);
          const allowed = KINDS.filter((kind) => SEES[kind].includes(role));
          const text = responses.map((r) => r.body).join("\n");
          expect(
            markersIn(text).filter((kind) => !allowed.includes(kind)),
            role,
          ).toEqual([]);
          for (const failed of responses.filter((r) => r.statusCode >= 500)) {
            expect(failed.json().error.code).toBe("internal_error");
            expect(markersIn(failed.body)).toEqual([]);
          }
        }
      } finally {
        crash.on = false;
      }
      const logged = lines.slice(from);
      // The crash path ran (and logged), and no line of it carries private text.
      expect(logged.filter((line) => line.includes('"request failed"')).length).toBeGreaterThan(0);
      expect(markersIn(logged.join("\n"))).toEqual([]);
    });
  });
});
