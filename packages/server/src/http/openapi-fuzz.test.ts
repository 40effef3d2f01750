/**
 * Fuzzing from the OpenAPI description: every operation of /api/openapi.json, as every role of
 * the cast and anonymously, gets FUZZ_RUNS (default 100) requests built by fast-check
 * (testing/openapi-fuzz.ts): malformed bodies, path parameters, query strings and headers. No
 * answer may be a 5xx, and every 4xx must be the one error shape with a string code.
 *
 * Runs on SQLite only (the engines share every line of HTTP code; the matrix and route tests cover
 * PostgreSQL). One app and database per actor: fuzz writes change the state as they go, which is
 * fine as long as nothing answers 5xx. Replay a failure with the printed seed:
 * `FUZZ_SEED=<seed> npx vitest run packages/server/src/http/openapi-fuzz.test.ts`
 * (FUZZ_ONLY=<regex> narrows to matching operations, e.g. `FUZZ_ONLY="POST /api/v1/notes$"`).
 */
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { CAST } from "../app/testing/privacy-cast.fixture.js";
import { testEngines } from "../store/testing/test-engines.js";
import { MATRIX_ROLES, type MatrixRole, ROLE_PERSON, seedHttpCast, sessionHeaders } from "./testing/http-cast.js";
import {
  type FuzzOperation,
  type FuzzRequest,
  harvestIds,
  type JsonSchema,
  operationsOf,
  requestOf,
  resolvePooled,
  urlOf,
} from "./testing/openapi-fuzz.js";
import { buildTestApp, type TestApp } from "./testing/test-app.js";

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const ONLY = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null;

console.log(`openapi fuzz: seed ${SEED}, ${RUNS} runs per operation × actor (replay with FUZZ_SEED=${SEED})`);

const sqlite = testEngines().find((engine) => engine.dialect === "sqlite")!;

type Method = FuzzOperation["method"];

/** Records every role can point at, so fuzzed ids sometimes hit real ones. */
async function seedRecords(test: TestApp, pool: string[]): Promise<void> {
  const now = () => test.clock().toISOString();
  const as = async (personId: string, method: Method, url: string, body?: unknown) => {
    const auth = await sessionHeaders(test.database.db, now, personId);
    const response = await test.app.inject({
      method,
      url,
      cookies: auth.cookies,
      headers: auth.headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    if (response.statusCode < 300) harvestIds(response.json(), pool);
    return response;
  };
  await as(CAST.member, "GET", "/api/v1/framework");
  await as(CAST.mentor, "POST", "/api/v1/check-ins", { personId: CAST.member, assessorKind: "mentor" });
  await as(CAST.member, "POST", "/api/v1/check-ins", { personId: CAST.member, assessorKind: "self" });
  await as(CAST.member, "POST", "/api/v1/evidence", {
    kind: "note",
    title: "Fuzz evidence",
    occurredOn: "2026-05-01T00:00:00.000Z",
  });
  await as(CAST.member, "POST", "/api/v1/plans", { personId: CAST.member });
  await as(CAST.mentor, "POST", "/api/v1/moments", { receiverId: CAST.member, variant: "struggling" });
  await as(CAST.mentor, "POST", "/api/v1/notes", { personId: CAST.member, body: "a private note" });
  await as(CAST.admin, "POST", "/api/v1/invitations", { email: "fuzz@example.test", name: "Fuzz" });
  await as(CAST.member, "POST", "/api/v1/me/api-tokens", { name: "fuzz", scopes: ["read", "write"] });
  // An item in the mentor's inbox, so fuzzed dismissals and snoozes sometimes meet a real one.
  await as(CAST.member, "POST", "/api/v1/me/check-in-requests", {});
  for (const table of ["person", "account", "team", "group"] as const) {
    const rows = await test.database.db.selectFrom(table).select("id").execute();
    for (const row of rows) if (!pool.includes(row.id)) pool.push(row.id);
  }
}

/** Why an answer breaks the contract, or null when it keeps it. */
function breach(response: LightMyRequestResponse): string | null {
  if (response.statusCode >= 500) return `status ${response.statusCode}`;
  if (response.statusCode < 400) return null;
  let body: { error?: { code?: unknown; message?: unknown; details?: unknown } };
  try {
    body = response.json();
  } catch {
    return `status ${response.statusCode} with a body that is not JSON`;
  }
  const error = body?.error;
  if (typeof error?.code !== "string" || typeof error.message !== "string" || !Array.isArray(error.details)) {
    return `status ${response.statusCode} without the error shape`;
  }
  return null;
}

/** Sends one fuzzed request as `role`. */
async function send(
  test: TestApp,
  role: MatrixRole,
  op: FuzzOperation,
  request: FuzzRequest,
  pool: string[],
): Promise<{ url: string; response: LightMyRequestResponse }> {
  const headers: Record<string, string> = {};
  const signedIn = role !== "anonymous";
  const auth = request.auth;
  const withActor = signedIn && (auth.kind !== "bad-authorization" || auth.withActor) && auth.kind !== "bad-cookie";
  if (withActor) {
    const session = await sessionHeaders(test.database.db, () => test.clock().toISOString(), ROLE_PERSON[role]);
    headers.cookie = `ascent_session=${session.cookies.ascent_session}`;
    if (auth.kind === "actor-bad-csrf") headers["x-csrf-token"] = auth.csrf;
    else if (auth.kind !== "actor-no-csrf") headers["x-csrf-token"] = session.headers["x-csrf-token"]!;
  }
  if (auth.kind === "bad-cookie") headers.cookie = auth.cookie;
  if (auth.kind === "bad-authorization") headers.authorization = auth.authorization;
  if (request.origin !== null) headers.origin = request.origin;
  if (request.accept !== null) headers.accept = request.accept;
  let payload: string | undefined;
  const body = request.body;
  if (body.kind === "json") {
    payload = JSON.stringify(resolvePooled(body.value, pool)) ?? "null";
    if (body.contentType !== null) headers["content-type"] = body.contentType;
  } else if (body.kind === "raw") {
    payload = body.text;
    if (body.contentType !== null) headers["content-type"] = body.contentType;
  }
  const url = urlOf(op, request, pool);
  const response = await test.app.inject({
    method: op.method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
  return { url, response };
}

describe("OpenAPI fuzz (sqlite)", () => {
  afterAll(() => sqlite.disposeAll());

  for (const role of MATRIX_ROLES) {
    it(`never answers 5xx, and every 4xx has the error shape, as ${role}`, async () => {
      const test = await buildTestApp(await sqlite.create());
      try {
        test.clock.set("2026-06-01T09:00:00.000Z");
        await seedHttpCast(test.database.db);
        const pool: string[] = [];
        await seedRecords(test, pool);
        const doc = (await test.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
        const components = (doc.components?.schemas ?? {}) as Record<string, JsonSchema>;
        // Each operation's seed follows from its place in the whole document, so FUZZ_ONLY replays it as is.
        const operations = operationsOf(doc)
          .map((op, index) => ({ op, index }))
          .filter(({ op }) => !ONLY || ONLY.test(`${op.method} ${op.path}`));
        expect(operations.length).toBeGreaterThan(0);
        const failures: string[] = [];
        const statuses = new Map<number, number>();
        const started = performance.now();
        for (const { op, index } of operations) {
          try {
            await fc.assert(
              fc.asyncProperty(requestOf(op, components, test.config.publicUrl), async (request) => {
                const { url, response } = await send(test, role, op, request, pool);
                statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
                const problem = breach(response);
                if (problem) {
                  throw new Error(
                    `${op.method} ${url.slice(0, 200)} as ${role}: ${problem}: ${response.body.slice(0, 300)}`,
                  );
                }
                if (response.statusCode < 300 && String(response.headers["content-type"] ?? "").includes("json")) {
                  harvestIds(response.json(), pool);
                }
              }),
              { seed: SEED + 1000 * MATRIX_ROLES.indexOf(role) + index, numRuns: RUNS, endOnFailure: true },
            );
          } catch (error) {
            const message = (error as Error).message;
            const thrown = (error as Error).cause;
            const cause =
              thrown instanceof Error
                ? thrown.message
                : (/Got error: (.*)/.exec(message)?.[1] ?? message.split("\n")[0]);
            const example = /Counterexample: (.*)/.exec(message)?.[1] ?? "";
            failures.push(
              `${op.method} ${op.path} (seed ${SEED + 1000 * MATRIX_ROLES.indexOf(role) + index}): ${cause?.slice(0, 600)} — counterexample ${example.slice(0, 600)}`,
            );
          }
        }
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `openapi fuzz as ${role}: ${operations.length} operations × ${RUNS} runs in ${seconds.toFixed(1)} s (seed ${SEED}); statuses ${[
            ...statuses,
          ]
            .sort(([a], [b]) => a - b)
            .map(([status, n]) => `${status}×${n}`)
            .join(" ")}`,
        );
        expect(failures).toEqual([]);
      } finally {
        await test.app.close();
      }
    }, 600_000);
  }
});
