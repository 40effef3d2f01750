/**
 * Security headers on every response through @fastify/helmet. The API's CSP is the strictest
 * there is (`default-src 'none'`): JSON needs nothing. HTML pages widen it only by the hashes of
 * their own inline styles (pageCsp), never with 'unsafe-inline'.
 */
import { createHash } from "node:crypto";
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/** The CSP for JSON and anything without a page-specific policy. */
const API_DIRECTIVES = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/** Registers helmet with the strict default CSP. */
export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: API_DIRECTIVES },
    // HSTS only when users reach us over https: on plain http it would be ignored at best.
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "no-referrer" },
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
