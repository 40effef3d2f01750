/**
 * The principal behind a session cookie. Sessions are server-side, so any instance can serve any
 * request and a database leak yields no usable session.
 */
import { findActiveAccount } from "../../../store/repositories/account.repository.js";
import { findLiveSession, touchSession } from "../../../store/repositories/session.repository.js";
import type { AppContext } from "../../context/app-context.js";
import { type Principal, principalOf } from "../accounts/principal.js";
import { hashToken } from "../tokens/secret-token.js";
import { SESSION_IDLE_MS, SESSION_MAX_MS } from "./session-lifetime.js";

/** Last-seen is written at most this often, so reads do not turn every request into a write. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

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
