/**
 * Server-side sessions: the cookie holds a random token, the `session` table only its SHA-256, so
 * any instance can serve any request and a database leak yields no usable session.
 */
import { findActiveAccount } from "../../../store/repositories/account.repository.js";
import {
  deleteSession,
  deleteSessionsOf,
  findLiveSession,
  insertSession,
  touchSession,
} from "../../../store/repositories/session.repository.js";
import type { Db } from "../../../store/repositories/store.types.js";
import type { AppContext } from "../../context/app-context.js";
import { type Principal, principalOf } from "../accounts/principal.js";
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
  db: Db,
  accountId: string,
): Promise<{ token: string; expiresAt: string }> {
  const token = newSecretToken();
  const now = ctx.now();
  const expiresAt = isoPlus(now, SESSION_IDLE_MS);
  await insertSession(db, { id: hashToken(token), accountId, createdAt: now, expiresAt, lastSeenAt: now });
  return { token, expiresAt };
}

/** The principal behind a session token, or undefined when the session is unknown, expired or its person left. */
export async function resolveSession(ctx: AppContext, token: string): Promise<Principal | undefined> {
  const id = hashToken(token);
  const now = ctx.now();
  const session = await findLiveSession(ctx.db, id, now);
  if (!session) return undefined;
  const account = await findActiveAccount(ctx.db, session.accountId);
  if (!account) return undefined;
  if (Date.parse(now) - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) {
    const idleEnd = Date.parse(now) + SESSION_IDLE_MS;
    const hardEnd = Date.parse(session.createdAt) + SESSION_MAX_MS;
    // Bookkeeping only: a database refusing writes (disk full, read-only) must not turn a read into
    // an error. The session stays valid until its stored expiry; the next request tries again.
    await touchSession(ctx.db, id, now, new Date(Math.min(idleEnd, hardEnd)).toISOString()).catch(() => undefined);
  }
  return principalOf(account, { via: "session", scopes: ["read", "write"], credentialId: id });
}

/** Ends one session (logout). */
export async function endSession(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}

/** Ends every session of an account except `keep` (after a password change or reset). */
export async function endOtherSessions(db: Db, accountId: string, keep?: string): Promise<void> {
  await deleteSessionsOf(db, accountId, keep);
}
