import { describe, expect, it } from "vitest";
import { createServer } from "./create-server.js";

describe("createServer", () => {
  it("answers /healthz and /readyz with ok", async () => {
    const app = createServer({ version: "9.9.9" });
    const health = await app.inject({ method: "GET", url: "/healthz" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: "ok" });
    expect((await app.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
    await app.close();
  });

  it("serves the welcome page with the version and a strict CSP", async () => {
    const app = createServer({ version: "9.9.9" });
    const page = await app.inject({ method: "GET", url: "/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(page.body).toContain("Ascent 9.9.9");
    expect(page.body).toContain("Coming soon");
    await app.close();
  });

  it("answers an unknown path with 404", async () => {
    const app = createServer({ version: "9.9.9" });
    expect((await app.inject({ method: "GET", url: "/nope" })).statusCode).toBe(404);
    await app.close();
  });
});
