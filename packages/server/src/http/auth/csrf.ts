/**
 * CSRF protection for cookie-authenticated writes.
 *
 * Choice: a *signed double-submit* token. The CSRF token is derived from the session's secret
 * token (session-cookies.ts), set as the script-readable `ascent_csrf` cookie, and every
 * cookie-authenticated write must echo it in the `x-csrf-token` header. Another site can make a
 * browser send our cookies but can neither read them nor set custom headers cross-origin, and
 * cannot compute the token without the HttpOnly session token. It needs no server-side storage
 * (instances stay stateless) and, unlike an Origin check alone, does not depend on browsers and
 * proxies passing `Origin` through. SameSite=Lax on the session cookie is a second layer.
 *
 * Anonymous writes (login, setup, accepting an invitation) have no session to bind to; for them a
 * present `Origin` must be one of ours, which stops login CSRF from another site. "Ours" is the
 * public URL's origin, or the request's own origin when its host is an allowed one — never the
 * request's Host alone, which a DNS-rebinding page chooses (security/allowed-hosts.ts).
 * Bearer-token requests need neither: browsers never attach bearer tokens on their own.
 */
import type { FastifyRequest } from "fastify";
import { sameSecret } from "../../app/identity/tokens/secret-token.js";
import { normaliseHostName } from "../../config/config.js";
import { HttpError, HttpErrorCode } from "../errors/http-error.js";
import type { RouteAccess } from "./authenticate.js";
import { CSRF_HEADER, csrfTokenFor } from "./session-cookies.js";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

function refuse(message: string): HttpError {
  return new HttpError(403, HttpErrorCode.CsrfFailed, message);
}

/** The origin of a URL, e.g. `https://ascent.example.com`. */
export function originOf(url: string): string {
  return new URL(url).origin;
}

/** Whether an Origin header names an allowed host ("null" and garbage never do). */
function isAllowedOrigin(origin: string, allowedHosts: ReadonlySet<string>): boolean {
  try {
    return allowedHosts.has(normaliseHostName(new URL(origin).hostname));
  } catch {
    return false;
  }
}

/** Throws csrf_failed when a write could have been forged by another site. */
export function checkCsrf(
  request: FastifyRequest,
  access: RouteAccess,
  publicOrigins: readonly string[],
  allowedHosts: ReadonlySet<string>,
): void {
  if (SAFE.has(request.method)) return;
  const principal = request.principal;
  if (principal?.via === "token") return;
  const origin = request.headers.origin;
  // "null" (sandboxed frames, data: pages) is never ours.
  if (origin !== undefined) {
    const sameAsRequest = origin === `${request.protocol}://${request.host}` && isAllowedOrigin(origin, allowedHosts);
    if (!publicOrigins.includes(origin) && !sameAsRequest) throw refuse(`Requests from ${origin} are not accepted`);
  }
  if (access === "public" || principal?.via !== "session" || !request.sessionToken) return;
  const header = request.headers[CSRF_HEADER];
  const sent = Array.isArray(header) ? header[0] : header;
  if (!sent || !sameSecret(sent, csrfTokenFor(request.sessionToken))) {
    throw refuse(`A signed-in write needs the ${CSRF_HEADER} header (the value of the ascent_csrf cookie)`);
  }
}
