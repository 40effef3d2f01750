/**
 * Server-side sessions: the cookie holds a random token, the `session` table only its SHA-256, so
 * any instance can serve any request and a database leak yields no usable session.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../../store/schema/database.js";
import type { AppContext } from "../../context/app-context.js";
import { loadAccountPerson, type Principal } from "../accounts/principal.js";
import { isoPlus } from "../auth-context.js";
import { hashToken, newSecretToken } from "../tokens/secret-token.js";

/** A session ends after this long unused... */
export const SESSION_IDLE_MS = 14 * 24 * 60 * 60 * 1000;
/** ...and after this long in any case. */
export const SESSION_MAX_MS = 90 * 24 * 60 * 60 * 1000;
/** Last-seen is written at most this often, so reads do not turn every request into a write. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** A new session for the account; returns the token for the cookie (shown once, never stored). */
export async function createSession(
  ctx: Pick<AppContext, "now">,
  db: Kysely<Database>,
  accountId: string,
): Promise<{ token: string; expiresAt: string }> {
  const token = newSecretToken();
  const now = ctx.now();
  const expiresAt = isoPlus(now, SESSION_IDLE_MS);
  await db
    .insertInto("session")
    .values({ id: hashToken(token), account_id: accountId, created_at: now, expires_at: expiresAt, last_seen_at: now })
    .execute();
  return { token, expiresAt };
}

/** The principal behind a session token, or undefined when the session is unknown, expired or its person left. */
export async function resolveSession(ctx: AppContext, token: string): Promise<Principal | undefined> {
  const id = hashToken(token);
  const now = ctx.now();
  const session = await ctx.db
    .selectFrom("session")
    .selectAll()
    .where("id", "=", id)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  if (!session) return undefined;
  const account = await loadAccountPerson(ctx.db, session.account_id);
  if (!account) return undefined;
  if (Date.parse(now) - Date.parse(session.last_seen_at) >= TOUCH_EVERY_MS) {
    const idleEnd = Date.parse(now) + SESSION_IDLE_MS;
    const hardEnd = Date.parse(session.created_at) + SESSION_MAX_MS;
    // Bookkeeping only: a database refusing writes (disk full, read-only) must not turn a read into
    // an error. The session stays valid until its stored expiry; the next request tries again.
    await ctx.db
      .updateTable("session")
      .set({ last_seen_at: now, expires_at: new Date(Math.min(idleEnd, hardEnd)).toISOString() })
      .where("id", "=", id)
      .execute()
      .catch(() => undefined);
  }
  return { ...account, via: "session", scopes: ["read", "write"], credentialId: id };
}

/** Ends one session (logout). */
export async function endSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", sessionId).execute();
}

/** Ends every session of an account except `keep` (after a password change or reset). */
export async function endOtherSessions(db: Kysely<Database>, accountId: string, keep?: string): Promise<void> {
  let query = db.deleteFrom("session").where("account_id", "=", accountId);
  if (keep) query = query.where("id", "!=", keep);
  await query.execute();
}
