/**
 * The fetch wrapper every API call goes through: JSON in and out, the session cookie sent along,
 * the CSRF token echoed on writes (`x-csrf-token`, the value of the `ascent_csrf` cookie — see the
 * server's http/auth/csrf.ts), and failures turned into ApiError with the API's error shape.
 */
import { ApiError, errorFromBody } from "./api-error.js";

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

/** Options of one API call. */
export interface ApiOptions {
  readonly method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

/** Calls `/api/v1{path}` and returns the parsed JSON (undefined for 204); throws ApiError otherwise. */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (!SAFE.has(method)) {
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  const init: RequestInit = { method, headers, credentials: "same-origin" };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  if (options.signal) init.signal = options.signal;
  const response = await fetch(`/api/v1${path}`, init);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) throw errorFromBody(response.status, body);
  if (body === null && text)
    throw new ApiError(response.status, "unexpected", "The server sent something that is not JSON.");
  return body as T;
}
