/**
 * Builds the HTTP server: one error shape, security headers, authentication, the OpenAPI
 * description and every route. No listening here (serve.command.ts does that), so tests drive it
 * with `app.inject`.
 */
import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../app/context/app-context.js";
import { timeOrderedIds } from "../app/context/ordered-ids.js";
import type { AuthContext } from "../app/identity/auth-context.js";
import { argon2idHasher, type PasswordHasher } from "../app/identity/passwords/password-hasher.js";
import type { AscentConfig } from "../config/config.js";
import { ASCENT_VERSION } from "../config/version.js";
import type { Mailer } from "../mail/mailer.js";
import { registerWebApp } from "../web-app/web-app.plugin.js";
import { registerApiRoutes } from "./api/register-api-routes.js";
import { installAuthentication } from "./auth/authenticate.js";
import { originOf } from "./auth/csrf.js";
import { registerCompression } from "./compression/compression.plugin.js";
import { errorBody } from "./errors/error-body.js";
import { installErrorHandling } from "./errors/error-handler.js";
import { HttpErrorCode } from "./errors/http-error.js";
import { isLoopbackHost } from "./loopback.js";
import { registerOpenApi, registerOpenApiRoutes } from "./openapi/openapi.js";
import { registerPageRoutes } from "./pages/page.routes.js";
import type { RouteDeps } from "./route-deps.js";
import { collectRouteTable } from "./route-table.js";
import { installHostAllowlist } from "./security/allowed-hosts.js";
import { registerSecurityHeaders } from "./security/security-headers.js";

/** JSON bodies up to 1 MiB; routes that take imports raise their own limit. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Where log lines go: a pino destination (anything with `write(line)`) and the lowest level written. */
export interface ServerLogOptions {
  readonly stream: { write(line: string): void };
  readonly level?: "fatal" | "error" | "warn" | "info" | "debug" | "trace";
}

/** What the server is built from. */
export interface CreateServerOptions {
  /** The open database (SQLite or PostgreSQL), already migrated. */
  readonly db: Kysely<Database>;
  readonly config: AscentConfig;
  /** The current instant; tests pass a controllable clock. */
  readonly clock?: () => Date;
  /** Mails invitations and resets; without one, links are only shown to the admin to copy. */
  readonly mailer?: Mailer | undefined;
  /** argon2id at production cost unless a test passes a cheaper one. */
  readonly hasher?: PasswordHasher;
  /** Record ids; random UUIDs unless a test wants predictable ones. */
  readonly newId?: () => string;
  /** The one-time setup token `serve` printed (needed when not bound to loopback). */
  readonly setupToken?: string | null;
  /** Honour X-Forwarded-For behind a trusted proxy (client addresses drive login rate limits). */
  readonly trustProxy?: boolean;
  readonly version?: string;
  /**
   * Pino logging: `true` for JSON lines on stdout, a destination (and level, default "info") to
   * write them elsewhere (tests read them back from memory), off when left out.
   */
  readonly logger?: boolean | ServerLogOptions;
  /**
   * The built web app to serve at "/": found next to the server when left out; `null` serves the API
   * only (API tests), and then "/" shows the welcome page instead.
   */
  readonly webDistDir?: string | null;
  /** How long a verified session or API token is trusted without the database (auth/credential-cache.ts); 0 = never. */
  readonly credentialCacheTtlMs?: number;
}

/**
 * One log line per request instead of Fastify's two ("incoming request" with the client's address
 * and port, then "request completed"): method, path and query, status and time, no headers, no
 * body. Errors keep Fastify's own lines.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) {
      super.requestCompleted(error, request, reply);
      return;
    }
    reply.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, responseTime: reply.elapsedTime },
      "request completed",
    );
  }
}

/** Builds the app; `await app.ready()` (or inject/listen) completes the plugins. */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const clock = options.clock ?? (() => new Date());
  const app = Fastify({
    logger:
      typeof options.logger === "object"
        ? { level: options.logger.level ?? "info", stream: options.logger.stream }
        : (options.logger ?? false),
    logController: new OneLinePerRequest(),
    bodyLimit: DEFAULT_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // A 20-line JSON body never needs 10 s; slow-loris clients are cut off.
    requestTimeout: 30_000,
    // Errors raised before routing (a malformed URL) skip the error handler: give them the one shape too.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      // No route matched yet, so the reply has no route schema to type it by.
      (reply as FastifyReply)
        .code(status)
        .type("application/json; charset=utf-8")
        .send(errorBody(HttpErrorCode.BadRequest, error.message));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain or form body is refused with 415 instead of reaching a handler.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, app.getDefaultJsonParser("error", "error"));

  const ctx: AuthContext = {
    db,
    now: () => clock().toISOString(),
    newId: options.newId ?? timeOrderedIds(),
    hasher: options.hasher ?? argon2idHasher(),
    mailer: options.mailer,
    publicUrl: config.publicUrl,
  };
  const https = new URL(config.publicUrl).protocol === "https:";
  const deps: RouteDeps = {
    ctx,
    config,
    secureCookies: https,
    setupToken: options.setupToken ?? null,
    setupNeedsToken: !isLoopbackHost(config.host),
  };

  installErrorHandling(app);
  // First of all hooks: a request under a foreign host name gets no further (DNS rebinding).
  installHostAllowlist(app, config.allowedHosts);
  collectRouteTable(app);
  await registerSecurityHeaders(app, { https });
  await registerCompression(app);
  await app.register(cookie);
  installAuthentication(app, ctx, {
    publicOrigins: [originOf(config.publicUrl)],
    allowedHosts: config.allowedHosts,
    secureCookies: https,
    now: () => clock().getTime(),
    ...(options.credentialCacheTtlMs === undefined ? {} : { credentialCacheTtlMs: options.credentialCacheTtlMs }),
  });
  // API answers carry personal data and one-time secrets: never let a browser or proxy cache them.
  app.addHook("onSend", (request, reply, payload, done) => {
    if (request.url.startsWith("/api/v1/")) reply.header("cache-control", "no-store");
    done(null, payload);
  });
  await registerOpenApi(app, { version: options.version ?? ASCENT_VERSION, publicUrl: config.publicUrl });

  registerOpenApiRoutes(app);
  registerApiRoutes(app, deps);
  // The web app owns "/" and every other page; without a build, "/" says what Ascent is instead.
  const webAppServed =
    options.webDistDir === null
      ? false
      : await registerWebApp(app, options.webDistDir ? { distDir: options.webDistDir } : {});
  registerPageRoutes(app, { db, version: options.version ?? ASCENT_VERSION, welcome: !webAppServed });
  return app;
}
