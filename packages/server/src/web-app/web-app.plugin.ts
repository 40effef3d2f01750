/**
 * Serves the built web app (packages/web/dist) from the Ascent server:
 * - hashed files under /assets/ with a year-long immutable cache (their names change with content);
 * - other files of the build (favicon…) revalidated on every use;
 * - any other GET outside /api answers index.html (the SPA's router takes over), never cached,
 *   so a new release is picked up on the next visit;
 * - GETs under /api that no route took get the API's own 404 error shape, never HTML.
 * Every answer carries the app's CSP: scripts, styles, fonts and API calls from 'self' only.
 * Files are sent brotli- or gzip-compressed when the build holds a `.br`/`.gz` copy (made by
 * scripts/compress-build.mjs) and the browser accepts it, with `Vary: Accept-Encoding`.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { locateWebDist } from "./locate-web-dist.js";

/** The web app's Content-Security-Policy: nothing inline, nothing from elsewhere. */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

/** Options of registerWebApp; tests point `distDir` at a folder of their own. */
export interface WebAppOptions {
  /** The built app; found by walking up from this module when left out. */
  readonly distDir?: string;
}

/** The compressed copies the build keeps beside its files; they are sent in their place, never asked for. */
const COMPRESSED_COPY = /\.(?:br|gz)$/;

/** Every file of the build as a URL path without the leading slash ("assets/index-abc.js"). */
function listFiles(root: string): Set<string> {
  const files = new Set<string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || COMPRESSED_COPY.test(entry.name)) continue;
    files.add(relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  return files;
}

function isApiPath(url: string): boolean {
  return url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");
}

/**
 * Registers the web app on `app`. Returns false (and registers nothing) when the app has not been
 * built, so the server still starts and answers the API.
 */
export async function registerWebApp(app: FastifyInstance, options: WebAppOptions = {}): Promise<boolean> {
  const root = options.distDir ?? locateWebDist();
  if (!root || !existsSync(join(root, "index.html"))) {
    app.log.warn("The web app is not built (packages/web/dist is missing): serving the API only");
    return false;
  }
  // The build is immutable while the server runs; knowing its files up front means a request can
  // only ever reach a file that the build produced (no path tricks reach the disk).
  const files = listFiles(root);

  await app.register(async (scope) => {
    await scope.register(fastifyStatic, { root, serve: false, index: false, wildcard: false, preCompressed: true });

    const sendIndex = (reply: FastifyReply) =>
      reply
        .header("content-security-policy", WEB_APP_CSP)
        .header("cache-control", REVALIDATE)
        .sendFile("index.html", root, { cacheControl: false });

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const url = request.url;
      if (isApiPath(url)) return reply.callNotFound();
      const path = decodeURIComponentSafe(url.split(/[?#]/, 1)[0]!.replace(/^\/+/, ""));
      if (path !== null && path !== "index.html" && files.has(path)) {
        return reply
          .header("content-security-policy", WEB_APP_CSP)
          .header("cache-control", path.startsWith("assets/") ? IMMUTABLE : REVALIDATE)
          .sendFile(path, root, { cacheControl: false });
      }
      // A missing hashed asset is a stale page asking for an old release: answer 404, not HTML
      // that the browser would try to run as a script.
      if (path?.startsWith("assets/")) return reply.callNotFound();
      return sendIndex(reply);
    };

    const route = { schema: { hide: true }, config: { access: "public" as const } };
    // "/" may already be taken (the pre-app welcome page); the SPA then owns every other path.
    if (!scope.hasRoute({ method: "GET", url: "/" })) scope.get("/", route, handler);
    scope.get("/*", route, handler);
  });
  return true;
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
