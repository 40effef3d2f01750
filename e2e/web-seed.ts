import { type APIRequestContext, expect, type Page, request } from "@playwright/test";

/**
 * Seeding through the real API, as the web app does it: each account is its own request context
 * (its own cookies), writes echo the CSRF token, anonymous writes carry the Origin.
 */
export class ApiUser {
  constructor(
    readonly base: string,
    readonly ctx: APIRequestContext,
    private csrf: string,
  ) {}

  async post<T = Record<string, unknown>>(path: string, data: unknown, status = [200, 201]): Promise<T> {
    const response = await this.ctx.post(`${this.base}/api/v1${path}`, {
      headers: { "x-csrf-token": this.csrf },
      data: data as object,
    });
    expect(status, `POST ${path}: ${response.status()} ${(await response.text()).slice(0, 300)}`).toContain(
      response.status(),
    );
    return (await response.json()) as T;
  }

  async get<T = Record<string, unknown>>(path: string): Promise<T> {
    const response = await this.ctx.get(`${this.base}/api/v1${path}`);
    expect(response.ok(), `GET ${path}: ${response.status()}`).toBe(true);
    return (await response.json()) as T;
  }

  async patch<T = Record<string, unknown>>(path: string, data: unknown): Promise<T> {
    return this.write("patch", path, data);
  }

  async put<T = Record<string, unknown>>(path: string, data: unknown): Promise<T> {
    return this.write("put", path, data);
  }

  private async write<T>(method: "patch" | "put", path: string, data: unknown): Promise<T> {
    const response = await this.ctx[method](`${this.base}/api/v1${path}`, {
      headers: { "x-csrf-token": this.csrf },
      data: data as object,
    });
    expect(
      response.ok(),
      `${method.toUpperCase()} ${path}: ${response.status()} ${(await response.text()).slice(0, 300)}`,
    ).toBe(true);
    return (await response.json()) as T;
  }

  /** A DELETE's status and error message (if any). */
  async delete(path: string): Promise<{ status: number; message: string | null }> {
    const response = await this.ctx.delete(`${this.base}/api/v1${path}`, { headers: { "x-csrf-token": this.csrf } });
    const text = await response.text();
    let message: string | null = null;
    try {
      message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? null;
    } catch {
      message = null;
    }
    return { status: response.status(), message };
  }

  /** The HTTP status of a GET, for checks of who may see what. */
  async status(path: string): Promise<number> {
    return (await this.ctx.get(`${this.base}/api/v1${path}`)).status();
  }

  async dispose(): Promise<void> {
    await this.ctx.dispose();
  }
}

/** Creates the first admin through setup. */
export async function setUpAdmin(
  base: string,
  admin: { name: string; email: string; password: string },
): Promise<ApiUser> {
  const ctx = await request.newContext({ extraHTTPHeaders: { origin: base } });
  const response = await ctx.post(`${base}/api/v1/setup`, { data: admin });
  expect(response.status(), await response.text()).toBe(201);
  return new ApiUser(base, ctx, (await response.json()).csrfToken);
}

/** Accepts an invitation link with a password: the invited person's signed-in API user. */
export async function acceptInvitation(base: string, link: string, password: string): Promise<ApiUser> {
  const token = new URL(link).hash.replace(/^#token=/, "");
  const ctx = await request.newContext({ extraHTTPHeaders: { origin: base } });
  const response = await ctx.post(`${base}/api/v1/auth/invitations/accept`, { data: { token, password } });
  expect(response.status(), await response.text()).toBe(201);
  return new ApiUser(base, ctx, (await response.json()).csrfToken);
}

/** Imports an org chart as the admin and returns the invitation link of each added person by email. */
export async function importOrgChart(admin: ApiUser, csv: string): Promise<Map<string, string>> {
  const result = await admin.post<{ invitations: { email: string; link: string }[] }>("/import/org-chart", {
    csv,
    invite: true,
  });
  return new Map(result.invitations.map((i) => [i.email, i.link]));
}

/** A submitted check-in: `ratings` by stage id. */
export async function submitCheckIn(
  user: ApiUser,
  personId: string,
  assessorKind: "self" | "mentor",
  ratings: Record<string, "not_yet" | "emerging" | "established">,
): Promise<void> {
  const draft = await user.post<{ checkIn: { id: string }; version: number }>("/check-ins", {
    personId,
    assessorKind,
    ratings,
  });
  await user.post(`/check-ins/${draft.checkIn.id}/submit`, { version: draft.version });
}

/** Signs in through the sign-in page. */
export async function signInPage(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: /Hello/ }).waitFor();
}

/** The person id of a signed-in API user. */
export async function personIdOf(user: ApiUser): Promise<string> {
  return (await user.get<{ personId: string }>("/me")).personId;
}
