/**
 * The typed client every API call goes through (openapi-fetch over the generated contract,
 * schema.generated.ts): paths, parameters, bodies and answers are checked against the server's zod
 * schemas at compile time. JSON in and out, the session cookie sent along, the CSRF token echoed on
 * writes (`x-csrf-token`, the value of the `ascent_csrf` cookie — see the server's http/auth/csrf.ts),
 * and failures thrown as ApiError with the API's error shape.
 *
 *     const me = await answer(api.GET("/api/v1/me"));
 */
import createClient, { type Middleware } from "openapi-fetch";
import { ApiError, errorFromBody } from "./api-error.js";
import type { paths } from "./schema.generated.js";

const CSRF_COOKIE = "ascent_csrf";
const CSRF_HEADER = "x-csrf-token";
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

// The token the last sign-in answered with; the cookie is read first because it follows the
// session even when another tab signed in again.
let rememberedCsrf: string | null = null;

/** Remembers the CSRF token a sign-in, setup or /me answer carried. */
export function rememberCsrfToken(token: string | null | undefined): void {
  rememberedCsrf = token ?? null;
}

function csrfToken(): string | null {
  const pair = document.cookie.split("; ").find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return pair ? decodeURIComponent(pair.slice(CSRF_COOKIE.length + 1)) : rememberedCsrf;
}

/** Echoes the CSRF token on every write. */
const csrf: Middleware = {
  onRequest({ request }) {
    if (SAFE.has(request.method)) return undefined;
    const token = csrfToken();
    if (token) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};

/**
 * Turns every failed answer into ApiError before the caller sees it, so a call either gives its
 * data or throws; a success that is not JSON (a proxy's page) is a failure too.
 */
const failures: Middleware = {
  async onResponse({ response }) {
    if (response.status === 204) return undefined;
    const text = await response.clone().text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    if (!response.ok) throw errorFromBody(response.status, body);
    if (body === null && text)
      throw new ApiError(response.status, "unexpected", "The server sent something that is not JSON.");
    return undefined;
  },
};

/** The API, by its documented paths (`/api/v1/…`). */
export const api = createClient<paths>({
  baseUrl: "",
  credentials: "same-origin",
  headers: { accept: "application/json" },
});
api.use(csrf, failures);

/**
 * The data of a call's answer (undefined for 204). Failures never get here: the client threw them
 * as ApiError already.
 */
export async function answer<Data>(call: Promise<{ data?: Data; response: Response }>): Promise<Data> {
  const { data } = await call;
  return data as Data;
}
