/**
 * The services' contexts for CLI work: the real clock and ids, the production password hasher,
 * the configured mailer and public URL. The CLI acts as an admin of the installation: whoever can
 * run it can already read the database file, so it needs no login — but what it does is recorded
 * in the audit log under the admin account it acts as.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../app/context/app-context.js";
import { createAppContext } from "../../app/context/app-context.js";
import { findActingAdmin } from "../../app/identity/accounts/find-acting-admin.service.js";
import type { Principal } from "../../app/identity/accounts/principal.js";
import type { AuthContext } from "../../app/identity/auth-context.js";
import { argon2idHasher } from "../../app/identity/passwords/password-hasher.js";
import type { AscentConfig } from "../../config/config.js";
import { mailerFromEnv } from "../../mail/smtp-mailer.js";
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
  const admin = await findActingAdmin({ db }, asEmail);
  if (!admin) {
    throw new UsageError(
      asEmail
        ? `--as ${asEmail}: no active admin account has this email`
        : "there is no admin account yet: run `ascent init` first",
      1,
    );
  }
  return admin;
}
