/** What route modules receive from createServer: the services' context and the edge's settings. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AuthContext } from "../app/identity/auth-context.js";
import type { AscentConfig } from "../config/config.js";

/** A Fastify instance whose route schemas are zod schemas. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Everything a route module needs; nothing global. */
export interface RouteDeps {
  readonly ctx: AuthContext;
  readonly config: AscentConfig;
  /** Cookies get `Secure` when ASCENT_PUBLIC_URL is https. */
  readonly secureCookies: boolean;
  /** The one-time setup token `serve` printed; required by setup when `setupNeedsToken`. */
  readonly setupToken: string | null;
  /** True when the server is bound to anything but loopback. */
  readonly setupNeedsToken: boolean;
}
