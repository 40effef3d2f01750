/**
 * The privacy cast (privacy-cast.fixture.ts) with accounts: every cast person can sign in with one
 * password, and fresh people "like" a role can be made for tests that would otherwise use a role up
 * (deactivating, erasing). App tests use it directly; HTTP tests through http/testing/http-cast.ts.
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema/database.js";
import { argon2idHasher, TEST_COST } from "../identity/passwords/password-hasher.js";
import { seedPrivacyCast } from "./privacy-cast.fixture.js";

/** Every cast account's password. */
export const CAST_PASSWORD = "the cast's long password";

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
