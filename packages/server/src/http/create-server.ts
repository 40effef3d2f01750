import Fastify, { type FastifyInstance } from "fastify";
import { welcomePage } from "./welcome-page.js";

export interface ServerOptions {
  readonly version: string;
  /** Pino logging; off in tests. */
  readonly logger?: boolean;
}

/** Builds the HTTP server: for now the welcome page and the health checks. */
export function createServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false });

  // The process is up.
  app.get("/healthz", async () => ({ status: "ok" }));
  // The database answers; there is no database yet, so ready means up.
  app.get("/readyz", async () => ({ status: "ok" }));

  app.get("/", async (_request, reply) => {
    reply
      .type("text/html; charset=utf-8")
      .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'")
      .send(welcomePage(options.version));
  });

  return app;
}
