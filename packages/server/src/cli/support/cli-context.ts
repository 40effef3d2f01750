/**
 * The services' contexts for CLI work: the real clock and ids, the production password hasher,
 * the configured mailer and public URL. The CLI acts as an admin of the installation: whoever can
 * run it can already read the database file, so it needs no login — but what it does is recorded
 * in the audit log under the admin account it acts as.
 */
import type { GrantedRole } from "@ascent/core";
import type { Kysely } from "kysely";
import { type Actor, actorFor } from "../../app/access/actor.js";
import { createAppContext } from "../../app/context/app-context.js";
import type { Principal } from "../../app/identity/accounts/principal.js";
import { parseRoles } from "../../app/identity/accounts/principal.js";
import type { AuthContext } from "../../app/identity/auth-context.js";
import { argon2idHasher } from "../../app/identity/passwords/password-hasher.js";
import type { AscentConfig } from "../../config/config.js";
import { mailerFromEnv } from "../../mail/smtp-mailer.js";
import type { Database } from "../../store/schema/database.js";
import { UsageError } from "../usage-error.js";

/** An AuthContext on the real clock, with the mailer when ASCENT_SMTP_URL is set. */
export function cliAuthContext(db: Kysely<Database>, config: AscentConfig): AuthContext {
  return {
    ...createAppContext(db),
    hasher: argon2idHasher(),
    mailer: mailerFromEnv(process.env),
    publicUrl: config.publicUrl,
  };
}

/**
 * The admin the CLI acts as: the one with `asEmail`, else the earliest admin account. Services
 * that record who did something (invitations, role changes, audit entries) need a real account.
 */
export async function cliPrincipal(db: Kysely<Database>, asEmail?: string): Promise<Principal> {
  let query = db
    .selectFrom("account")
    .innerJoin("person", "person.id", "account.person_id")
    .select(["account.id as accountId", "account.email", "person.id as personId", "person.name", "person.roles"])
    .where("person.status", "=", "active")
    .orderBy("account.created_at")
    .orderBy("account.id");
  if (asEmail) query = query.where("account.email", "=", asEmail.trim().toLowerCase());
  const rows = await query.execute();
  const admin = rows.find((row) => parseRoles(row.roles).includes("admin"));
  if (!admin) {
    throw new UsageError(
      asEmail
        ? `--as ${asEmail}: no active admin account has this email`
        : "there is no admin account yet: run `ascent init` first",
      1,
    );
  }
  const roles: GrantedRole[] = parseRoles(admin.roles);
  return {
    accountId: admin.accountId,
    personId: admin.personId,
    email: admin.email,
    name: admin.name,
    roles,
    via: "session",
    scopes: ["read", "write"],
    credentialId: "cli",
  };
}

/** The app-layer Actor of a principal. */
export function actorOfPrincipal(principal: Principal): Actor {
  return actorFor(principal.personId, {
    accountId: principal.accountId,
    isAdmin: principal.roles.includes("admin"),
    isLeader: principal.roles.includes("leader"),
  });
}
