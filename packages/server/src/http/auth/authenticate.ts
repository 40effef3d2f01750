/**
 * Who is asking, decided once per request before the body is read: an API token
 * (`Authorization: Bearer asc_…`) or the session cookie. Every route says what it needs in
 * `config.access`; a route that says nothing needs an account (deny by default).
 *
 * This runs before validation (the architecture's "validate → authenticate" is reversed here on
 * purpose): an anonymous caller is refused before a megabyte body is parsed, and never learns a
 * route's input rules.
 *
 * Verified credentials are kept for a couple of seconds (credential-cache.ts) and every write
 * empties that cache before it answers, so logout, revocation and role changes count at once.
 * Session cookies slide with use (session-cookie-refresh.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasOrganisationPermission, OrganisationPermission } from "../../app/access/organisation-permission.js";
import type { AppContext } from "../../app/context/app-context.js";
import { AppError, AppErrorCode } from "../../app/errors/app-error.js";
import type { Principal } from "../../app/identity/accounts/principal.js";
import { resolveApiToken } from "../../app/identity/api-tokens/resolve-api-token.service.js";
import { resolveSession } from "../../app/identity/sessions/resolve-session.service.js";
import { normaliseHostName } from "../../config/config.js";
import { HttpError, HttpErrorCode } from "../errors/http-error.js";
import { CredentialCache, type CredentialKind } from "./credential-cache.js";
import { checkCsrf } from "./csrf.js";
import { SessionCookieRefresh } from "./session-cookie-refresh.js";
import { SESSION_COOKIE, setSessionCookies } from "./session-cookies.js";

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

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** What the hook needs besides the services' context. */
export interface AuthenticationOptions {
  /** The origins a browser may post from (see csrf.ts). */
  readonly publicOrigins: readonly string[];
  /** The host names the server answers to (config.allowedHosts); a browser's Origin must name one. */
  readonly allowedHosts: readonly string[];
  /** Cookies get `Secure` when ASCENT_PUBLIC_URL is https. */
  readonly secureCookies: boolean;
  /** The app's clock in ms since the epoch (tests move it). */
  readonly now: () => number;
  /** How long a verified credential is trusted (credential-cache.ts); 0 turns the cache off. */
  readonly credentialCacheTtlMs?: number;
}

/** Installs the hooks: who is asking (onRequest), and forgetting cached credentials after writes (onSend). */
export function installAuthentication(app: FastifyInstance, ctx: AppContext, options: AuthenticationOptions): void {
  const allowedHosts = new Set(options.allowedHosts.map(normaliseHostName));
  const cache = new CredentialCache({
    now: options.now,
    ...(options.credentialCacheTtlMs === undefined ? {} : { ttlMs: options.credentialCacheTtlMs }),
  });
  const refresh = new SessionCookieRefresh(options.now);
  app.decorate("sessionCookieRefresh", refresh);
  app.decorateRequest("principal", null);
  app.decorateRequest("sessionToken", null);

  /** The principal behind a secret: from the cache when verified moments ago, else from the database. */
  async function verified(
    kind: CredentialKind,
    secret: string,
    resolve: (ctx: AppContext, secret: string) => Promise<Principal | undefined>,
  ): Promise<Principal | undefined> {
    const key = cache.keyOf(kind, secret);
    const cached = cache.get(key);
    if (cached) return cached;
    const lookup = cache.begin(key);
    const principal = await resolve(ctx, secret);
    if (principal) cache.store(lookup, principal);
    return principal;
  }

  async function resolvePrincipal(request: FastifyRequest, reply: FastifyReply): Promise<Principal | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization)?.[1];
      const principal = token ? await verified("token", token, resolveApiToken) : undefined;
      // A wrong token is an error even where none is needed: a script should learn its token is dead.
      if (!principal) throw unauthenticated();
      return principal;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return null;
    const principal = await verified("session", token, resolveSession);
    if (!principal) return null;
    request.sessionToken = token;
    // Slide the cookies' Max-Age with the session (a later clear or set by the route wins).
    if (refresh.due(principal.credentialId)) setSessionCookies(reply, token, options.secureCookies);
    return principal;
  }

  app.addHook("onRequest", async (request, reply) => {
    // Unknown routes answer 404 to everyone: there is nothing there to protect.
    if (request.is404) return;
    const access = request.routeOptions.config.access ?? "account";
    request.principal = await resolvePrincipal(request, reply);
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
    if (
      request.routeOptions.config.adminOnly &&
      !(principal && hasOrganisationPermission(principal, OrganisationPermission.Administer))
    ) {
      throw new AppError(AppErrorCode.NotFound, `No route ${request.method} ${request.url.split("?")[0]}`);
    }
    checkCsrf(request, access, options.publicOrigins, allowedHosts);
  });

  // Any write may have ended a session, revoked a token, changed roles or deactivated someone:
  // forget every cached credential before the answer leaves, so the very next request asks the database.
  app.addHook("onSend", (request, _reply, payload, done) => {
    if (!isSafeMethod(request.method) && !request.is404) cache.flush();
    done(null, payload);
  });
}
