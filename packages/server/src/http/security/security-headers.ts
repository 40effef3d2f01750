/**
 * Security headers on every response, as helmet makes them. The API's CSP is the strictest
 * there is (`default-src 'none'`): JSON needs nothing. HTML pages widen it only by the hashes of
 * their own inline styles (pageCsp), never with 'unsafe-inline'.
 *
 * Helmet is asked once, at startup: the headers depend only on the options, and the Fastify
 * plugin (@fastify/helmet) would rebuild every middleware and re-parse the CSP on each request
 * (measured: the largest cost of a cached, authenticated read after the database). So the server
 * depends on helmet itself, not on the plugin (ADR 0011).
 */
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/** The CSP for JSON and anything without a page-specific policy. */
const API_DIRECTIVES = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/** Helmet's connect-style middleware, called with only the part of a response it writes to. */
type HeaderMiddleware = (request: object, response: HeaderSink, next: (error?: unknown) => void) => void;

/** The part of a response helmet writes to. */
interface HeaderSink {
  setHeader(name: string, value: string | number | readonly string[]): void;
  removeHeader(name: string): void;
}

/** The headers helmet sets for `options` (lower-case names). */
export function helmetHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const sink: HeaderSink = {
    setHeader: (name, value) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
    },
    removeHeader: (name) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  const middleware = helmet(options) as unknown as HeaderMiddleware;
  middleware({}, sink, (error) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/** Sets helmet's headers (with the strict default CSP) on every response; computed once. */
export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): Promise<void> {
  const headers = helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: API_DIRECTIVES },
    // HSTS only when users reach us over https: on plain http it would be ignored at best.
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "no-referrer" },
  });
  // Set first thing, so refusals and errors carry them too; a page replaces the CSP with its own.
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

/** `'sha256-…'` of an inline `<style>` block's text, for a CSP. */
export function styleHash(css: string): string {
  return `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
}

/** The CSP of a self-contained HTML page whose only inline content is the given style blocks. */
export function pageCsp(styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src ${styles.map(styleHash).join(" ")}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
