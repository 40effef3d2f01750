import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../../store/testing/test-engines.js";
import { buildTestApp, type TestApp } from "../testing/test-app.js";

forEachEngine((engine) => {
  describe("security headers", () => {
    let plain: TestApp;
    let https: TestApp;
    beforeAll(async () => {
      const database = await engine.create();
      plain = await buildTestApp(database);
      https = await buildTestApp(database, { publicUrl: "https://ascent.example.test" });
    });
    afterAll(async () => {
      await https.app.close();
      await plain.app.close();
    });

    it("puts helmet's headers on successes, refusals and unknown routes alike", async () => {
      for (const url of ["/api/v1/setup", "/api/v1/me", "/api/v1/no-such-route"]) {
        const response = await plain.app.inject({ method: "GET", url });
        expect(response.headers, url).toMatchObject({
          "content-security-policy": "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'",
          "cross-origin-opener-policy": "same-origin",
          "cross-origin-resource-policy": "same-origin",
          "origin-agent-cluster": "?1",
          "referrer-policy": "no-referrer",
          "x-content-type-options": "nosniff",
          "x-dns-prefetch-control": "off",
          "x-download-options": "noopen",
          "x-frame-options": "SAMEORIGIN",
          "x-permitted-cross-domain-policies": "none",
          "x-xss-protection": "0",
        });
        expect(response.headers["cross-origin-embedder-policy"]).toBeUndefined();
        expect(response.headers["strict-transport-security"]).toBeUndefined();
      }
    });

    it("adds HSTS when people reach the server over https", async () => {
      const response = await https.app.inject({ method: "GET", url: "/healthz" });
      expect(response.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    });
  });
});
