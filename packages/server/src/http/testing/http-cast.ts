/**
 * The privacy cast with accounts (app/testing/cast-accounts.fixture.ts), for HTTP tests: each
 * role can get a fresh signed-in session. The accounts' fixture is re-exported so an HTTP test
 * has one import for its cast.
 */
import type { LightMyRequestResponse } from "fastify";
import type { Kysely } from "kysely";
import { afterAll, beforeAll } from "vitest";
import { plantPrivateText } from "../../app/digest/testing/private-text.fixture.js";
import { createSession } from "../../app/identity/sessions/create-session.service.js";
import { accountIdOf, seedHttpCast } from "../../app/testing/cast-accounts.fixture.js";
import { testContext } from "../../app/testing/fixed-clock.js";
import { CAST } from "../../app/testing/privacy-cast.fixture.js";
import type { AscentDatabase } from "../../store/engine/open-database.js";
import type { Database } from "../../store/schema/database.js";
import { csrfTokenFor } from "../auth/session-cookies.js";
import { buildTestApp, type TestApp } from "./test-app.js";

export { accountIdOf, addCastPerson, CAST_PASSWORD, seedHttpCast } from "../../app/testing/cast-accounts.fixture.js";

/** The roles of the authorization matrix. */
export const MATRIX_ROLES = ["anonymous", "member", "mentor", "lead", "leader", "admin"] as const;
/** One of them. */
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/** The person of each signed-in role. */
export const ROLE_PERSON: Readonly<Record<Exclude<MatrixRole, "anonymous">, string>> = {
  member: CAST.member,
  mentor: CAST.mentor,
  lead: CAST.lead,
  leader: CAST.leader,
  admin: CAST.admin,
};

/** Cookies and CSRF header of a fresh session for a cast person. */
export async function sessionHeaders(
  db: Kysely<Database>,
  now: () => string,
  personId: string,
): Promise<{ cookies: Record<string, string>; headers: Record<string, string> }> {
  const { token } = await createSession({ now }, db, accountIdOf(personId));
  return { cookies: { ascent_session: token }, headers: { "x-csrf-token": csrfTokenFor(token) } };
}

/** The moment the cast's HTTP tests start at. */
export const CAST_START = "2026-06-01T09:00:00.000Z";

/** An app on a new database of `engine`, its clock at CAST_START, with the cast and their accounts. */
export async function buildCastApp(engine: { create(): Promise<AscentDatabase> }): Promise<TestApp> {
  const test = await buildTestApp(await engine.create());
  test.clock.set(CAST_START);
  await seedHttpCast(test.database.db);
  return test;
}

/** What a signed-in person sends: a method, a URL and, for writes, a JSON body. */
export type SendAs = (
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  url: string,
  body?: unknown,
) => Promise<LightMyRequestResponse>;

/** Signs `personId` in on `test` (a fresh session) and answers how they send requests. */
export async function sendAs(test: TestApp, personId: string): Promise<SendAs> {
  const auth = await sessionHeaders(test.database.db, () => test.clock().toISOString(), personId);
  return (method, url, body) =>
    test.app.inject({
      method,
      url,
      cookies: auth.cookies,
      headers: auth.headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
}

/**
 * One cast app for a whole suite, built before its first test and closed after its last, with
 * `personId` signed in: `use` receives both, e.g. `withCastApp(engine, CAST.member, (made) => ({ test, send } = made))`.
 */
export function withCastApp(
  engine: { create(): Promise<AscentDatabase> },
  personId: string,
  use: (made: { test: TestApp; send: SendAs }) => void,
): void {
  let built: TestApp | undefined;
  beforeAll(async () => {
    built = await buildCastApp(engine);
    use({ test: built, send: await sendAs(built, personId) });
  });
  afterAll(() => built?.app.close());
}

/** A cast app whose people also hold the planted private text (markers a reader must never see). */
export async function buildCastAppWithPrivateText(engine: { create(): Promise<AscentDatabase> }): Promise<TestApp> {
  const test = await buildCastApp(engine);
  await plantPrivateText(testContext(test.database.db, CAST_START), "2026-01-10T09:00:00.000Z");
  return test;
}
