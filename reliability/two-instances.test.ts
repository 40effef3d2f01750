/**
 * Two `ascent serve` processes on one PostgreSQL database, as behind a load balancer without sticky
 * sessions (product.md, Scale; docs/operations.md): a session made on one works on the other,
 * simultaneous edits of one record through both end with exactly one winner and one 409 and
 * nothing lost, and failed sign-ins through either count against the same limit.
 *
 * PostgreSQL is the real server at TEST_DATABASE_URL when it is set, else the run's PGlite served
 * over TCP (which both processes reach through the same `pg` driver; it runs one transaction at a
 * time, which the version check must decide just the same).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, withSession } from "./support/browser-session.js";
import {
  type AdminSession,
  type AscentServer,
  apiClient,
  freshDatabase,
  printFigures,
  type ReliabilityDatabase,
  setUpAdmin,
  startAscent,
} from "./support/index.js";

/** Rounds of "both instances save the same version of the plan at the same moment". */
const ROUNDS = 20;

interface PlanAnswer {
  readonly plan: { readonly id: string; readonly goals: readonly { readonly title: string }[] };
  readonly version: number;
}

interface ErrorAnswer {
  readonly error: { readonly code: string; readonly message: string };
}

describe("two instances on one PostgreSQL", () => {
  let database: ReliabilityDatabase;
  let a: AscentServer;
  let b: AscentServer;
  let admin: AdminSession;

  beforeAll(async () => {
    database = await freshDatabase("postgres");
    // One after the other: the first migrates the empty database, the second finds it done.
    a = await startAscent({ env: database.env });
    b = await startAscent({ env: database.env });
    admin = await setUpAdmin(a.url);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.dispose();
  });

  it("serves a session made on one instance from the other, and ends it everywhere", async () => {
    const signedIn = await signIn(a.url, admin.email, admin.password);
    expect(signedIn.status).toBe(200);
    const onB = withSession(b.url, signedIn);
    const me = await onB.get<{ accountId: string }>("/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.body.accountId).toBe(admin.accountId);
    // A cookie write on B with the CSRF token A handed out: the token is derived, not stored.
    const created = await onB.post<PlanAnswer>("/api/v1/plans", { personId: admin.personId });
    expect(created.status).toBe(201);
    const read = await withSession(a.url, signedIn).get<PlanAnswer>(`/api/v1/plans/${created.body.plan.id}`);
    expect(read.status).toBe(200);
    // Signing out through B ends the session on A too: at once on B, and on A as soon as A's
    // short in-process credential cache lets go of it (CREDENTIAL_CACHE_TTL_MS, 2 s).
    expect((await onB.post("/api/v1/auth/logout")).status).toBe(204);
    expect((await onB.get("/api/v1/me")).status).toBe(401);
    const signedOut = Date.now();
    let onA = 200;
    while (onA !== 401 && Date.now() - signedOut < 5_000) {
      onA = (await withSession(a.url, signedIn).get("/api/v1/me")).status;
      if (onA !== 401) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const staleMs = Date.now() - signedOut;
    expect(onA).toBe(401);
    expect(staleMs).toBeLessThan(3_000);
    printFigures(`two instances — sessions (${database.name})`, {
      "signed in on": "A",
      "GET /me on B": me.status,
      "cookie write on B": created.status,
      "after sign-out on B, B says": 401,
      "A says 401 within": `${staleMs} ms`,
    });
  });

  it("lets exactly one of two simultaneous edits win and refuses the other with 409", async () => {
    const onA = apiClient(a.url, admin.token);
    const onB = apiClient(b.url, admin.token);
    const created = await onA.post<PlanAnswer>("/api/v1/plans", { personId: admin.personId });
    expect(created.status).toBe(201);
    const planId = created.body.plan.id;
    let version = created.body.version;
    const wins = { A: 0, B: 0 };
    let conflicts = 0;
    const started = Date.now();
    for (let round = 1; round <= ROUNDS; round += 1) {
      const edit = (who: "A" | "B") => ({ version, goals: [{ title: `${who} wrote round ${round}` }] });
      const [fromA, fromB] = await Promise.all([
        onA.patch<PlanAnswer | ErrorAnswer>(`/api/v1/plans/${planId}`, edit("A")),
        onB.patch<PlanAnswer | ErrorAnswer>(`/api/v1/plans/${planId}`, edit("B")),
      ]);
      const statuses = [fromA.status, fromB.status].sort();
      expect(statuses, `round ${round}: ${JSON.stringify([fromA.body, fromB.body])}`).toEqual([200, 409]);
      const [winner, loser] = fromA.status === 200 ? (["A", fromB] as const) : (["B", fromA] as const);
      expect((loser.body as ErrorAnswer).error.code).toBe("conflict");
      wins[winner] += 1;
      conflicts += 1;
      // Nothing lost, nothing blended: both instances now read exactly the winner's edit.
      for (const client of [onA, onB]) {
        const stored = await client.get<PlanAnswer>(`/api/v1/plans/${planId}`);
        expect(stored.body.version).toBe(version + 1);
        expect(stored.body.plan.goals.map((goal) => goal.title)).toEqual([`${winner} wrote round ${round}`]);
      }
      version += 1;
    }
    expect(version).toBe(created.body.version + ROUNDS);
    printFigures(`two instances — simultaneous edits (${database.name})`, {
      rounds: ROUNDS,
      "won through A": wins.A,
      "won through B": wins.B,
      "409 conflicts": conflicts,
      "lost or blended edits": 0,
      "ms per round": (Date.now() - started) / ROUNDS,
    });
  });

  it("counts failed sign-ins through either instance against one shared limit", async () => {
    // The per-email policy: 5 failures, then blocked (auth/login/login.service.ts).
    const statuses: string[] = [];
    const attempt = async (server: AscentServer, label: string, password: string) => {
      const answer = await signIn(server.url, admin.email, password);
      statuses.push(`${label}:${answer.status}`);
      return answer;
    };
    for (const [server, label] of [
      [a, "A"],
      [b, "B"],
      [a, "A"],
      [b, "B"],
    ] as const) {
      expect((await attempt(server, label, "not the password")).status).toBe(401);
    }
    // The fifth failure, whichever instance sees it, is the one that blocks the email on both.
    expect((await attempt(a, "A", "not the password")).status).toBe(401);
    const blockedOnB = await attempt(b, "B", admin.password);
    const blockedOnA = await attempt(a, "A", admin.password);
    // Refused before the password is checked: even the right one is turned away while blocked.
    expect(blockedOnB.status).toBe(429);
    expect(blockedOnA.status).toBe(429);
    expect((blockedOnB.body as ErrorAnswer).error.code).toBe("rate_limited");
    expect(blockedOnB.retryAfter).toBeGreaterThan(0);
    expect(blockedOnB.retryAfter).toBeLessThanOrEqual(30);
    printFigures(`two instances — shared sign-in limit (${database.name})`, {
      "attempts (instance:status)": statuses.join(" "),
      "failures before the block": 5,
      "Retry-After on B": `${blockedOnB.retryAfter} s`,
    });
  });
});
