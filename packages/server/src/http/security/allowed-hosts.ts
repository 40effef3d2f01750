/**
 * The Host allowlist, checked before anything else on every request. A DNS-rebinding page
 * (evil.example re-pointed at 127.0.0.1) reaches a server on loopback with its own name in `Host`
 * and `Origin`; answering only the names in `config.allowedHosts` (the public URL's host, loopback
 * names, ASCENT_ALLOWED_HOSTS) means such a page never gets an answer, let alone claims setup.
 */
import type { FastifyInstance } from "fastify";
import { normaliseHostName } from "../../config/config.js";
import { HttpError, HttpErrorCode } from "../errors/http-error.js";

/** The host name of a `Host` header value (`name`, `name:port`, `[::1]:port`), or null if it is not one. */
export function hostNameOf(hostHeader: string): string | null {
  try {
    const url = new URL(`http://${hostHeader}`);
    // A Host header carries a name and a port only; anything more is not a host.
    if (url.username || url.password || url.pathname !== "/" || url.search || url.hash) return null;
    return normaliseHostName(url.hostname);
  } catch {
    return null;
  }
}

/** Whether `hostHeader` names one of `allowed`. */
export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!hostHeader) return false;
  const name = hostNameOf(hostHeader);
  return name !== null && allowed.has(name);
}

/**
 * Health probes answer under any name: load balancers and orchestrators call them by an instance's
 * own address, and they say nothing but "up" or "database reachable".
 */
const PROBES = new Set(["/healthz", "/readyz"]);

/** Refuses (421 host_not_allowed) every request whose Host is not allowed, before routing runs. */
export function installHostAllowlist(app: FastifyInstance, allowedHosts: readonly string[]): void {
  const allowed = new Set(allowedHosts.map(normaliseHostName));
  app.addHook("onRequest", async (request) => {
    if (request.method === "GET" && PROBES.has(request.url.split("?")[0] ?? "")) return;
    if (!isAllowedHost(request.host, allowed)) {
      throw new HttpError(
        421,
        HttpErrorCode.HostNotAllowed,
        "This server does not answer to that host name (see ASCENT_ALLOWED_HOSTS)",
      );
    }
  });
}
