/**
 * The route table, collected as routes are added: the OpenAPI security of each route follows from
 * its `config.access`, and the authorization matrix test iterates the table so no route escapes it.
 */
import type { FastifyInstance, RouteOptions } from "fastify";
import type { RouteAccess } from "./auth/authenticate.js";

/** One route as the matrix sees it. */
export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
  /** Admin-only routes answer everyone else like an unknown route. */
  readonly adminOnly: boolean;
}

const tables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** The OpenAPI `security` of an access level. */
function securityOf(access: RouteAccess) {
  if (access === "public") return [];
  if (access === "session") return [{ session: [] }];
  return [{ session: [] }, { token: [] }];
}

/** Starts collecting; call before any route is added. */
export function collectRouteTable(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  tables.set(app, table);
  app.addHook("onRoute", (route: RouteOptions) => {
    const access = route.config?.access ?? "account";
    const adminOnly = route.config?.adminOnly === true;
    if (route.schema && !route.schema.hide && route.schema.security === undefined) {
      (route.schema as { security?: unknown }).security = securityOf(access);
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // HEAD twins of GET routes are Fastify's own; the GET entry covers them.
      if (method === "HEAD" && route.exposeHeadRoute === undefined) continue;
      table.push({ method, url: route.url, access, adminOnly });
    }
  });
}

/** Every route of the app, in the order they were added. */
export function routeTableOf(app: FastifyInstance): readonly RouteEntry[] {
  return tables.get(app) ?? [];
}
