/**
 * The session and CSRF cookies. `ascent_session` carries the session token: HttpOnly (no script
 * reads it), SameSite=Lax (not sent on cross-site POSTs), Secure when ASCENT_PUBLIC_URL is https.
 * `ascent_csrf` is its script-readable companion (see csrf.ts). Their Max-Age slides with use
 * (session-cookie-refresh.ts).
 */
import { createHash } from "node:crypto";
import type { FastifyReply } from "fastify";
import { SESSION_IDLE_MS } from "../../app/identity/sessions/session-lifetime.js";
import { hashToken } from "../../app/identity/tokens/secret-token.js";
import type { SessionCookieRefresh } from "./session-cookie-refresh.js";

declare module "fastify" {
  interface FastifyInstance {
    /** When this instance last set each session's cookies (installed by createServer). */
    sessionCookieRefresh: SessionCookieRefresh | null;
  }
}

/** Cookie names (part of the interface: the web app reads `ascent_csrf`). */
export const SESSION_COOKIE = "ascent_session";
export const CSRF_COOKIE = "ascent_csrf";
/** The header a cookie-authenticated write must carry. */
export const CSRF_HEADER = "x-csrf-token";

/** The CSRF token of a session: derived from its secret token, so it needs no storage and cannot be guessed. */
export function csrfTokenFor(sessionToken: string): string {
  return createHash("sha256").update(`ascent-csrf\0${sessionToken}`, "utf8").digest("base64url");
}

/** Sets both cookies for a session, new or still in use, with a full idle period ahead of them. */
export function setSessionCookies(reply: FastifyReply, sessionToken: string, secure: boolean): void {
  const base = { path: "/", sameSite: "lax" as const, secure, maxAge: Math.floor(SESSION_IDLE_MS / 1000) };
  reply.setCookie(SESSION_COOKIE, sessionToken, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrfTokenFor(sessionToken), { ...base, httpOnly: false });
  // The session id is the token's hash (app/identity/sessions/create-session.service.ts): what the refresh log is keyed by.
  reply.server.sessionCookieRefresh?.noteSet(hashToken(sessionToken));
}

/** Clears both cookies (logout). */
export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  const base = { path: "/", sameSite: "lax" as const, secure };
  reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...base, httpOnly: false });
}
