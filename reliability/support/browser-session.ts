/**
 * Signing in as a browser does — email and password, then the session cookie and the CSRF token on
 * every write — so a test can sign in through one server and carry the session to another:
 *
 *   const signedIn = await signIn(a.url, email, password);     // status 200, cookie, csrfToken
 *   const me = await withSession(b.url, signedIn).get("/api/v1/me");
 */
import type { ApiClient, ApiResponse } from "./admin-session.js";

/** The answer to a sign-in: the status and, on success, the cookies and CSRF token. */
export interface SignIn {
  readonly status: number;
  /** `ascent_session=…; ascent_csrf=…`, empty when the sign-in failed. */
  readonly cookie: string;
  readonly csrfToken: string;
  /** The Retry-After header (seconds) of a 429. */
  readonly retryAfter: number | null;
  readonly body: unknown;
}

/** POST /api/v1/auth/login. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<SignIn> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as { csrfToken?: string }) : {};
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const retryAfter = response.headers.get("retry-after");
  return {
    status: response.status,
    cookie,
    csrfToken: body.csrfToken ?? "",
    retryAfter: retryAfter === null ? null : Number(retryAfter),
    body,
  };
}

/** A client sending the session cookie (and, on writes, the CSRF header) to `baseUrl`. */
export function withSession(
  baseUrl: string,
  session: { readonly cookie: string; readonly csrfToken: string },
): ApiClient {
  const request = async <T>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie: session.cookie,
        ...(method !== "GET" && { "x-csrf-token": session.csrfToken }),
        ...(body !== undefined && { "content-type": "application/json" }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (an empty 204)
    }
    return { status: response.status, body: parsed as T };
  };
  return {
    request,
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, body ?? {}),
    patch: (path, body) => request("PATCH", path, body ?? {}),
  };
}
