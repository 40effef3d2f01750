/**
 * A browser-like client over `app.inject`: keeps cookies between requests and, like the web app,
 * echoes the `ascent_csrf` cookie in `x-csrf-token` on writes (unless told not to).
 */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/** One request. */
export interface TestRequest {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Send the CSRF header on writes (default true). */
  readonly csrf?: boolean;
}

/** A cookie jar and the app it talks to. */
export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly app: FastifyInstance) {}

  /** Sends a request with the jar's cookies; stores the cookies the answer sets. */
  async request(req: TestRequest): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...req.headers };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    }
    const csrf = this.cookies.get("ascent_csrf");
    if (req.csrf !== false && csrf && req.method !== "GET" && req.method !== "HEAD") headers["x-csrf-token"] = csrf;
    const response = await this.app.inject({
      method: req.method,
      url: req.url,
      headers,
      ...(req.body === undefined ? {} : { payload: req.body as object }),
    });
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const cleared = c.value === "" || c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now());
      if (cleared) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request({ method: "GET", url, ...(headers ? { headers } : {}) });
  }

  post(url: string, body?: unknown, options: Omit<TestRequest, "method" | "url" | "body"> = {}) {
    return this.request({ method: "POST", url, body, ...options });
  }

  put(url: string, body?: unknown, options: Omit<TestRequest, "method" | "url" | "body"> = {}) {
    return this.request({ method: "PUT", url, body, ...options });
  }

  delete(url: string, options: Omit<TestRequest, "method" | "url" | "body"> = {}) {
    return this.request({ method: "DELETE", url, ...options });
  }
}

/** A client that sends `Authorization: Bearer <token>` and no cookies. */
export function bearer(app: FastifyInstance, token: string) {
  const auth = { authorization: `Bearer ${token}` };
  return {
    get: (url: string) => app.inject({ method: "GET", url, headers: auth }),
    post: (url: string, body?: unknown) =>
      app.inject({ method: "POST", url, headers: auth, ...(body === undefined ? {} : { payload: body as object }) }),
    delete: (url: string) => app.inject({ method: "DELETE", url, headers: auth }),
  };
}
