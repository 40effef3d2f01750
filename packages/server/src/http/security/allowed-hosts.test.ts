/**
 * DNS rebinding: a page on evil.example whose name is re-pointed at 127.0.0.1 reaches a server on
 * loopback with `Host: evil.example` and `Origin: http://evil.example`. Only the public URL's host,
 * loopback names and the hosts an operator lists in ASCENT_ALLOWED_HOSTS are served.
 */
import { afterAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { ADMIN, buildTestApp, type TestApp } from "../testing/test-app.js";

forEachEngine((engine) => {
  describe("allowed hosts", () => {
    const apps: TestApp[] = [];
    const fresh = async (options: Parameters<typeof buildTestApp>[1] = {}) => {
      const test = await buildTestApp(await engine.create(), options);
      apps.push(test);
      return test;
    };
    afterAll(() => Promise.all(apps.map((t) => t.app.close())));

    it("refuses a rebinding attempt at setup with a 4xx and creates nothing", async () => {
      const test = await fresh();
      const attempt = await test.app.inject({
        method: "POST",
        url: "/api/v1/setup",
        headers: { host: "evil.example", origin: "http://evil.example", "content-type": "application/json" },
        payload: JSON.stringify({ ...ADMIN, organisationName: "Pwned" }),
      });
      expect(attempt.statusCode).toBeGreaterThanOrEqual(400);
      expect(attempt.statusCode).toBeLessThan(500);
      expect(attempt.json().error.code).toBe("host_not_allowed");
      expect(await test.database.db.selectFrom("account").select("id").execute()).toEqual([]);
      // The real admin can still set up from loopback.
      expect((await test.client().get("/api/v1/setup")).json().setupDone).toBe(false);
    });

    it("refuses reads for an unknown host too, even with a port", async () => {
      const test = await fresh();
      for (const host of ["evil.example", "evil.example:4810", "127.0.0.1.evil.example"]) {
        const response = await test.app.inject({ method: "GET", url: "/api/v1/setup", headers: { host } });
        expect(response.statusCode, host).toBe(421);
        expect(response.body, host).not.toContain("setupDone");
      }
    });

    it("answers health probes under any name (a balancer calls an instance by its address)", async () => {
      const test = await fresh();
      const probe = await test.app.inject({ method: "GET", url: "/healthz", headers: { host: "10.1.2.3:4810" } });
      expect(probe.statusCode).toBe(200);
    });

    it("serves loopback names and the public URL's host", async () => {
      const test = await fresh({ publicUrl: "https://ascent.example.com" });
      for (const host of [
        "localhost:4810",
        "127.0.0.1",
        "[::1]:4810",
        "ascent.example.com",
        "ASCENT.example.com:443",
      ]) {
        const response = await test.app.inject({ method: "GET", url: "/api/v1/setup", headers: { host } });
        expect(response.statusCode, host).toBe(200);
      }
    });

    it("serves the extra hosts an operator allows (a proxy's internal name)", async () => {
      const test = await fresh({ allowedHosts: ["ascent.internal"] });
      const allowed = await test.app.inject({
        method: "GET",
        url: "/api/v1/setup",
        headers: { host: "ascent.internal:4810" },
      });
      expect(allowed.statusCode).toBe(200);
      const other = await test.app.inject({ method: "GET", url: "/api/v1/setup", headers: { host: "evil.example" } });
      expect(other.statusCode).toBe(421);
    });

    it("refuses a write whose Origin is not an allowed host, even when it matches the Host header", async () => {
      const test = await fresh({ allowedHosts: ["ascent.internal"] });
      const response = await test.app.inject({
        method: "POST",
        url: "/api/v1/setup",
        headers: { host: "ascent.internal", origin: "http://evil.example", "content-type": "application/json" },
        payload: JSON.stringify(ADMIN),
      });
      expect(response.statusCode).toBe(403);
      const ok = await test.app.inject({
        method: "POST",
        url: "/api/v1/setup",
        headers: { host: "ascent.internal", origin: "http://ascent.internal", "content-type": "application/json" },
        payload: JSON.stringify(ADMIN),
      });
      expect(ok.statusCode, ok.body).toBe(201);
    });
  });
});
