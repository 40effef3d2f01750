/**
 * Data and credentials on a fresh server, through the public API only (as a user would):
 *
 *   const admin = await setUpAdmin(server.url, { demo: true });  // admin + demo organisation + API token
 *   const api = apiClient(server.url, admin.token);
 *   const { status, body } = await api.post("/api/v1/check-ins", { personId: admin.personId, ... });
 *
 *   const member = await signUpMember(server.url, admin, personId); // that demo person's own token
 *
 * The API token (read + write) survives restarts, so a client keeps working after a crash.
 * Setup needs no setup token: the spawned server listens on loopback.
 */

/** What setUpAdmin made. */
export interface AdminSession {
  /** `Authorization: Bearer <token>` (scopes read and write). */
  readonly token: string;
  readonly accountId: string;
  /** The admin's own person (self check-ins and own growth plan). */
  readonly personId: string;
  readonly email: string;
  readonly password: string;
  /** The session cookie header of the setup sign-in (for routes that need a session). */
  readonly cookie: string;
  /** The CSRF token that must accompany cookie-authenticated writes (header x-csrf-token). */
  readonly csrfToken: string;
}

/** An answer: the status, and the JSON body (or the text when it is not JSON). */
export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
}

/** A small fetch wrapper sending `Authorization: Bearer <token>` and JSON bodies. */
export interface ApiClient {
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>>;
  get<T = unknown>(path: string): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  patch<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>>;
}

/** Requests longer than this are abandoned (a dead server must not hang a test). */
const REQUEST_TIMEOUT_MS = 15_000;

/** A client for `baseUrl` (e.g. server.url) authenticating with an API token. */
export function apiClient(baseUrl: string, token: string): ApiClient {
  const request = async <T>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined && { "content-type": "application/json" }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return { status: response.status, body: (await parsed(response)) as T };
  };
  return {
    request,
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, body ?? {}),
    patch: (path, body) => request("PATCH", path, body ?? {}),
  };
}

async function parsed(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Creates the first admin through `POST /api/v1/setup`, optionally loads the demo organisation
 * (`POST /api/v1/demo-organisation`: 60 people with two years of history), and creates an API
 * token with read and write scopes.
 */
export async function setUpAdmin(
  baseUrl: string,
  options: { readonly demo?: boolean; readonly email?: string; readonly password?: string } = {},
): Promise<AdminSession> {
  const email = options.email ?? "reliability@example.test";
  const password = options.password ?? "a long reliability password";
  const setup = await fetch(`${baseUrl}/api/v1/setup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Reliability Admin", email, password }),
  });
  const started = (await parsed(setup)) as { accountId?: string; csrfToken?: string };
  if (setup.status !== 201 || !started.accountId || !started.csrfToken) {
    throw new Error(`setup failed: ${setup.status} ${JSON.stringify(started)}`);
  }
  const cookie = setup.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const session = async (path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-csrf-token": started.csrfToken! },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await parsed(response) };
  };
  if (options.demo) {
    const demo = await session("/api/v1/demo-organisation", {});
    if (demo.status !== 201) throw new Error(`demo load failed: ${demo.status} ${JSON.stringify(demo.body)}`);
  }
  const created = await session("/api/v1/me/api-tokens", { name: "reliability", scopes: ["read", "write"] });
  const token = (created.body as { token?: string }).token;
  if (created.status !== 201 || !token) {
    throw new Error(`token failed: ${created.status} ${JSON.stringify(created.body)}`);
  }
  const me = await apiClient(baseUrl, token).get<{ personId: string }>("/api/v1/me");
  if (me.status !== 200) throw new Error(`GET /me failed: ${me.status} ${JSON.stringify(me.body)}`);
  return {
    token,
    accountId: started.accountId,
    personId: me.body.personId,
    email,
    password,
    cookie,
    csrfToken: started.csrfToken,
  };
}

/** A person who signed up through an invitation, with their own API token (read + write). */
export interface MemberSession {
  readonly personId: string;
  readonly accountId: string;
  readonly email: string;
  readonly token: string;
}

/**
 * Gives an existing person (e.g. one of the demo organisation) an account, as an admin and the
 * person would: the admin invites them (`POST /api/v1/invitations`), the invitation is accepted
 * with a password (`POST /api/v1/auth/invitations/accept`), and an API token is created in that
 * session. Each accept hashes a password (argon2id): allow a few hundred milliseconds per member.
 */
export async function signUpMember(baseUrl: string, admin: AdminSession, personId: string): Promise<MemberSession> {
  const email = `member-${personId}@example.test`.toLowerCase();
  const post = async (path: string, body: unknown, cookie: string, csrfToken: string) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie && { cookie, "x-csrf-token": csrfToken }) },
      body: JSON.stringify(body),
    });
    return { response, body: await parsed(response) };
  };
  const invited = await post("/api/v1/invitations", { email, personId }, admin.cookie, admin.csrfToken);
  const link = (invited.body as { link?: string }).link ?? "";
  const inviteToken = /token=([^&]+)/.exec(link)?.[1];
  if (invited.response.status !== 201 || !inviteToken) {
    throw new Error(`invitation failed: ${invited.response.status} ${JSON.stringify(invited.body)}`);
  }
  const accepted = await post(
    "/api/v1/auth/invitations/accept",
    { token: decodeURIComponent(inviteToken), password: "a long member password" },
    "",
    "",
  );
  const session = accepted.body as { accountId?: string; csrfToken?: string };
  if (accepted.response.status !== 201 || !session.accountId || !session.csrfToken) {
    throw new Error(`accepting failed: ${accepted.response.status} ${JSON.stringify(accepted.body)}`);
  }
  const cookie = accepted.response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const created = await post(
    "/api/v1/me/api-tokens",
    { name: "reliability", scopes: ["read", "write"] },
    cookie,
    session.csrfToken,
  );
  const token = (created.body as { token?: string }).token;
  if (created.response.status !== 201 || !token) {
    throw new Error(`token failed: ${created.response.status} ${JSON.stringify(created.body)}`);
  }
  return { personId, accountId: session.accountId, email, token };
}
