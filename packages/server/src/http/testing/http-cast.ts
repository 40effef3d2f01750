/**
 * The privacy cast (app/testing/privacy-cast.fixture.ts) with accounts, for HTTP tests: each
 * role can get a fresh signed-in session, and fresh people "like" a role can be made for tests
 * that would otherwise use a role up (deactivating, erasing).
 */
import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import type { Kysely } from "kysely";
import { argon2idHasher, TEST_COST } from "../../app/identity/passwords/password-hasher.js";
import { createSession } from "../../app/identity/sessions/session.service.js";
import { CAST, seedPrivacyCast } from "../../app/testing/privacy-cast.fixture.js";
import type { AscentDatabase } from "../../store/engine/open-database.js";
import type { Database } from "../../store/schema/database.js";
import { csrfTokenFor } from "../auth/session-cookies.js";
import { buildTestApp, type TestApp } from "./test-app.js";

/** The roles of the authorization matrix. */
export const MATRIX_ROLES = ["anonymous", "member", "mentor", "lead", "leader", "admin"] as const;
/** One of them. */
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/** Every cast account's password. */
export const CAST_PASSWORD = "the cast's long password";

/** The person of each signed-in role. */
export const ROLE_PERSON: Readonly<Record<Exclude<MatrixRole, "anonymous">, string>> = {
  member: CAST.member,
  mentor: CAST.mentor,
  lead: CAST.lead,
  leader: CAST.leader,
  admin: CAST.admin,
};

/** The account id of a cast person. */
export function accountIdOf(personId: string): string {
  return `acct-${personId}`;
}

/** Seeds the cast and gives every cast person an account. */
export async function seedHttpCast(db: Kysely<Database>): Promise<void> {
  await seedPrivacyCast(db);
  const hash = await argon2idHasher(TEST_COST).hash(CAST_PASSWORD);
  const people = await db.selectFrom("person").select(["id", "email"]).execute();
  await db
    .insertInto("account")
    .values(
      people.map((p) => ({
        id: accountIdOf(p.id),
        person_id: p.id,
        email: p.email,
        password_hash: hash,
        created_at: "2025-01-01T09:00:00.000Z",
        last_login_at: null,
      })),
    )
    .execute();
}

/** A new person with an account, in `teamId`, optionally mentored by `mentorId` and with granted roles. */
export async function addCastPerson(
  db: Kysely<Database>,
  options: { teamId?: string | null; mentorId?: string; roles?: string[]; leadsTeam?: string } = {},
): Promise<string> {
  const id = `p-${randomUUID().slice(0, 8)}`;
  await db
    .insertInto("person")
    .values({
      id,
      name: `Name of ${id}`,
      email: `${id}@example.test`,
      team_id: options.teamId ?? "t-1",
      title: "Engineer",
      status: "active",
      roles: JSON.stringify(options.roles ?? []),
      joined_at: "2025-01-01T09:00:00.000Z",
      staying_by_choice: null,
      version: 1,
    })
    .execute();
  const hash = await argon2idHasher(TEST_COST).hash(CAST_PASSWORD);
  await db
    .insertInto("account")
    .values({
      id: accountIdOf(id),
      person_id: id,
      email: `${id}@example.test`,
      password_hash: hash,
      created_at: "2025-01-01T09:00:00.000Z",
      last_login_at: null,
    })
    .execute();
  if (options.mentorId) {
    await db
      .insertInto("mentorship")
      .values({
        id: `m-${id}`,
        mentor_id: options.mentorId,
        mentee_id: id,
        started_at: "2025-01-01T09:00:00.000Z",
        ended_at: null,
        cadence_days: 28,
      })
      .execute();
  }
  if (options.leadsTeam) {
    await db.insertInto("team_lead").values({ team_id: options.leadsTeam, person_id: id, position: 1 }).execute();
  }
  return id;
}

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
