/**
 * The principal: the account behind a request, its person and its granted roles, as loaded from
 * a session or an API token. Mentor and lead roles are relationships, loaded by the app's access module.
 */
import type { GrantedRole } from "@ascent/core";
import type { Kysely } from "kysely";
import type { Database } from "../../../store/schema/database.js";
import { type Actor, actorFor } from "../../access/actor.js";

/** What an API token may do: read (GET/HEAD) and write (everything else). */
export type TokenScope = "read" | "write";

/** An authenticated account. */
export interface Principal {
  readonly accountId: string;
  readonly personId: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly GrantedRole[];
  /** How the request proved who it is. */
  readonly via: "session" | "token";
  /** Sessions may do everything the account may; tokens only their scopes. */
  readonly scopes: readonly TokenScope[];
  /** The session's id (the token's hash) or the API token's id. */
  readonly credentialId: string;
}

/** The granted roles stored on a person (JSON text), keeping only the known ones. */
export function parseRoles(text: string): GrantedRole[] {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter((r): r is GrantedRole => r === "admin" || r === "leader");
  } catch {
    return [];
  }
}

/** The account and its active person, or undefined when either is gone or the person has left. */
export async function loadAccountPerson(db: Kysely<Database>, accountId: string) {
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
    roles: parseRoles(row.roles),
  };
}

/** The app's Actor for a principal. */
export function actorOf(principal: Principal): Actor {
  return actorFor(principal.personId, {
    accountId: principal.accountId,
    isAdmin: principal.roles.includes("admin"),
    isLeader: principal.roles.includes("leader"),
  });
}
