/**
 * Accounts: the sign-in (email, password hash) of a person. Emails are stored lower-case; the
 * caller normalises them. Lookups of an account by email or person are in person-account.repository.ts.
 */
import type { GrantedRole } from "@ascent/core";
import { grantedRolesFromText } from "./granted-roles.js";
import type { Db } from "./store.types.js";

/** An account with the person it signs in as, when that person is still active. */
export interface ActiveAccount {
  readonly accountId: string;
  readonly personId: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly GrantedRole[];
}

/** The account and its person, or undefined when either is gone or the person has left (deactivated, erased). */
export async function findActiveAccount(db: Db, accountId: string): Promise<ActiveAccount | undefined> {
  const row = await db
    .selectFrom("account")
    .innerJoin("person", "person.id", "account.person_id")
    .select([
      "account.id as accountId",
      "account.email as email",
      "person.id as personId",
      "person.name as name",
      "person.roles as roles",
      "person.status as status",
    ])
    .where("account.id", "=", accountId)
    .executeTakeFirst();
  // Offboarded and erased people keep their account row for the record, but cannot act.
  if (row?.status !== "active") return undefined;
  return {
    accountId: row.accountId,
    personId: row.personId,
    email: row.email,
    name: row.name,
    roles: grantedRolesFromText(row.roles),
  };
}

/** The account signing in with `email` (already lower-case) and its password hash. */
export async function findAccountCredentials(
  db: Db,
  email: string,
): Promise<{ id: string; passwordHash: string | null } | undefined> {
  return db
    .selectFrom("account")
    .select(["id", "password_hash as passwordHash"])
    .where("email", "=", email)
    .executeTakeFirst();
}

/** An account's id and email, or undefined. */
export async function findAccount(db: Db, accountId: string): Promise<{ id: string; email: string } | undefined> {
  return db.selectFrom("account").select(["id", "email"]).where("id", "=", accountId).executeTakeFirst();
}

/** An account's password hash (null when it has none), or undefined when there is no such account. */
export async function passwordHashOf(db: Db, accountId: string): Promise<string | null | undefined> {
  const row = await db.selectFrom("account").select("password_hash").where("id", "=", accountId).executeTakeFirst();
  return row?.password_hash;
}

/** The status of the person an account belongs to (null when it has no person), or undefined when there is no such account. */
export async function accountHolderStatus(db: Db, accountId: string): Promise<{ status: string | null } | undefined> {
  return db
    .selectFrom("account")
    .leftJoin("person", "person.id", "account.person_id")
    .select("person.status")
    .where("account.id", "=", accountId)
    .executeTakeFirst();
}

/** Replaces an account's password hash. */
export async function setPasswordHash(db: Db, accountId: string, passwordHash: string): Promise<void> {
  await db.updateTable("account").set({ password_hash: passwordHash }).where("id", "=", accountId).execute();
}

/** Notes a successful sign-in. */
export async function recordSignIn(db: Db, accountId: string, at: string): Promise<void> {
  await db.updateTable("account").set({ last_login_at: at }).where("id", "=", accountId).execute();
}

/** True once any account exists. */
export async function anyAccountExists(db: Db): Promise<boolean> {
  return (await db.selectFrom("account").select("id").limit(1).executeTakeFirst()) !== undefined;
}

/** A new account for a person. */
export interface NewAccount {
  readonly id: string;
  readonly personId: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly createdAt: string;
  readonly lastLoginAt: string | null;
}

/** Creates an account (the email's uniqueness is the database's: a duplicate throws). */
export async function insertAccount(db: Db, account: NewAccount): Promise<void> {
  await db
    .insertInto("account")
    .values({
      id: account.id,
      person_id: account.personId,
      email: account.email,
      password_hash: account.passwordHash,
      created_at: account.createdAt,
      last_login_at: account.lastLoginAt,
    })
    .execute();
}

/** Active accounts (optionally only the one with `email`), earliest created first. */
export async function activeAccountsByAge(db: Db, email?: string): Promise<ActiveAccount[]> {
  let query = db
    .selectFrom("account")
    .innerJoin("person", "person.id", "account.person_id")
    .select(["account.id as accountId", "account.email", "person.id as personId", "person.name", "person.roles"])
    .where("person.status", "=", "active")
    .orderBy("account.created_at")
    .orderBy("account.id");
  if (email !== undefined) query = query.where("account.email", "=", email);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, roles: grantedRolesFromText(row.roles) }));
}

/** A person not erased, with their account's state, for the account list. */
export interface PersonAccountRow {
  readonly email: string;
  readonly name: string;
  readonly status: string;
  readonly roles: readonly GrantedRole[];
  readonly account: "none" | "no password" | "active";
}

/** Everyone not erased, with whether they have an account and a password, by email. */
export async function listPeopleAccounts(db: Db): Promise<PersonAccountRow[]> {
  const rows = await db
    .selectFrom("person")
    .leftJoin("account", "account.person_id", "person.id")
    .select([
      "person.name",
      "person.email",
      "person.status",
      "person.roles",
      "account.id as accountId",
      "account.password_hash",
    ])
    .where("person.status", "!=", "erased")
    .orderBy("person.email")
    .execute();
  return rows.map((r) => ({
    email: r.email,
    name: r.name,
    status: r.status,
    roles: grantedRolesFromText(r.roles),
    account: r.accountId === null ? "none" : r.password_hash === null ? "no password" : "active",
  }));
}
