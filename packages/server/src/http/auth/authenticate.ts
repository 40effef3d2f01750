/**
 * Who is asking, decided once per request before the body is read: an API token
 * (`Authorization: Bearer asc_…`) or the session cookie. Every route says what it needs in
 * `config.access`; a route that says nothing needs an account (deny by default).
 *
 * This runs before validation (the architecture's "validate → authenticate" is reversed here on
 * purpose): an anonymous caller is refused before a megabyte body is parsed, and never learns a
 * route's input rules.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "../../app/context/app-context.js";
import { AppError, AppErrorCode } from "../../app/errors/app-error.js";
import type { Principal } from "../../auth/accounts/principal.js";
import { resolveApiToken } from "../../auth/api-tokens/api-token.service.js";
import { resolveSession } from "../../auth/sessions/session.service.js";
import { HttpError, HttpErrorCode } from "../errors/http-error.js";
import { checkCsrf } from "./csrf.js";
import { SESSION_COOKIE } from "./session-cookies.js";

/**
 * What a route needs: `public` (anyone), `account` (a session, or a token with the method's
 * scope), `session` (a browser session only: managing tokens and passwords is not for scripts).
 */
export type RouteAccess = "public" | "account" | "session";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * Only admins may use the route. Anyone else gets the very answer an unknown route gets, before
     * the body is validated, so a malformed request cannot reveal that an admin route exists.
     */
    adminOnly?: boolean;
  }
  interface FastifyRequest {
    /** The authenticated account, or null. */
    principal: Principal | null;
    /** The raw session token when the request came with a valid session cookie. */
    sessionToken: string | null;
  }
}

/** GET, HEAD and OPTIONS change nothing: they need the read scope and no CSRF token. */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}

function unauthenticated(): AppError {
  return new AppError(AppErrorCode.Unauthenticated, "Sign in, or send an API token as Authorization: Bearer <token>");
}

async function resolvePrincipal(ctx: AppContext, request: FastifyRequest): Promise<Principal | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const principal = match?.[1] ? await resolveApiToken(ctx, match[1]) : undefined;
    // A wrong token is an error even where none is needed: a script should learn its token is dead.
    if (!principal) throw unauthenticated();
    return principal;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const principal = await resolveSession(ctx, token);
  if (principal) request.sessionToken = token;
  return principal ?? null;
}

/** Installs the hook; `publicOrigins` are the origins a browser may post from (see csrf.ts). */
export function installAuthentication(app: FastifyInstance, ctx: AppContext, publicOrigins: readonly string[]): void {
  app.decorateRequest("principal", null);
  app.decorateRequest("sessionToken", null);
  app.addHook("onRequest", async (request) => {
    // Unknown routes answer 404 to everyone: there is nothing there to protect.
    if (request.is404) return;
    const access = request.routeOptions.config.access ?? "account";
    request.principal = await resolvePrincipal(ctx, request);
    const principal = request.principal;
    if (access !== "public" && !principal) throw unauthenticated();
    if (principal?.via === "token") {
      if (access === "session") {
        throw new HttpError(
          403,
          HttpErrorCode.InsufficientScope,
          "This needs a signed-in browser session, not an API token",
        );
      }
      const needed = isSafeMethod(request.method) ? "read" : "write";
      if (!principal.scopes.includes(needed)) {
        throw new HttpError(403, HttpErrorCode.InsufficientScope, `This API token lacks the "${needed}" scope`);
      }
    }
    if (request.routeOptions.config.adminOnly && !principal?.roles.includes("admin")) {
      throw new AppError(AppErrorCode.NotFound, `No route ${request.method} ${request.url.split("?")[0]}`);
    }
    checkCsrf(request, access, publicOrigins);
  });
}
