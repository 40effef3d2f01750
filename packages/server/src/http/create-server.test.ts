import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../store/testing/test-engines.js";
import { buildTestApp, type TestApp } from "./testing/test-app.js";

forEachEngine((engine) => {
  describe("createServer", () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
    });
    afterAll(() => test.app.close());

    it("answers /healthz and /readyz (select 1 on the database)", async () => {
      const health = await test.app.inject({ method: "GET", url: "/healthz" });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toEqual({ status: "ok" });
      const ready = await test.app.inject({ method: "GET", url: "/readyz" });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ status: "ok" });
    });

    it("answers /readyz with 503 in the error shape when the database is gone", async () => {
      const database = await engine.create();
      const broken = await buildTestApp(database);
      await database.close();
      const ready = await broken.app.inject({ method: "GET", url: "/readyz" });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().error.code).toBe("database_unavailable");
      await broken.app.close();
    });

    it("serves the welcome page under a CSP that allows only its own inline style", async () => {
      const page = await test.app.inject({ method: "GET", url: "/" });
      expect(page.statusCode).toBe(200);
      expect(page.headers["content-type"]).toMatch(/text\/html/);
      const csp = String(page.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toContain("unsafe-inline");
      expect(page.body).toContain("Ascent 9.9.9");
    });

    it("sends security headers and the strictest CSP on API answers", async () => {
      const response = await test.app.inject({ method: "GET", url: "/api/v1/setup" });
      expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
      // Plain http: HSTS would be meaningless.
      expect(response.headers["strict-transport-security"]).toBeUndefined();
    });

    it("publishes a valid OpenAPI 3.1 description generated from the zod schemas", async () => {
      const response = await test.app.inject({ method: "GET", url: "/api/openapi.json" });
      expect(response.statusCode).toBe(200);
      const doc = response.json();
      expect(doc.openapi).toBe("3.1.0");
      await SwaggerParser.validate(structuredClone(doc));
      expect(
        doc.paths["/api/v1/auth/login"].post.requestBody.content["application/json"].schema.properties,
      ).toHaveProperty("email");
      expect(doc.paths["/api/v1/auth/login"].post.security).toEqual([]);
      expect(doc.paths["/api/v1/me"].get.security).toEqual([{ session: [] }, { token: [] }]);
      expect(doc.paths["/api/v1/me/api-tokens"].get.security).toEqual([{ session: [] }]);
      expect(doc.components.schemas.Error).toBeDefined();
      expect(doc.paths["/api/docs"]).toBeUndefined();
    });

    it("documents every successful answer's shape, and keeps no component nothing refers to", async () => {
      const doc = (await test.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
      const untyped: string[] = [];
      type Responses = Record<string, { content?: Record<string, { schema?: object }> }>;
      for (const [path, operations] of Object.entries<Record<string, { responses: Responses }>>(doc.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          for (const [status, response] of Object.entries(operation.responses)) {
            if (!status.startsWith("2") || response.content === undefined) continue;
            for (const [type, media] of Object.entries(response.content)) {
              const keys = Object.keys(media.schema ?? {}).filter((key) => key !== "description");
              if (keys.length === 0) untyped.push(`${method} ${path} ${status} ${type}`);
            }
          }
        }
      }
      expect(untyped).toEqual([]);
      const position = doc.paths["/api/v1/people/{personId}/position"].get.responses["200"];
      expect(position.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/PersonPosition" });
      expect(doc.components.schemas.PersonPosition.required).toContain("relationship");
      const text = JSON.stringify(doc);
      for (const name of Object.keys(doc.components.schemas)) {
        expect(text, name).toContain(`"#/components/schemas/${name}"`);
      }
      // Response-only schemas have no input twin left behind.
      expect(doc.components.schemas.PersonPositionInput).toBeUndefined();
    });

    it("logs one line per request at info: method, path, status and time, nothing of the caller", async () => {
      const lines: string[] = [];
      const logged = await buildTestApp(await engine.create(), {
        logger: { stream: { write: (line) => void lines.push(line) } },
      });
      await logged.app.inject({ method: "GET", url: "/healthz", headers: { cookie: "ascent_session=secret-value" } });
      await logged.app.close();
      const requestLines = lines.map((line) => JSON.parse(line)).filter((entry) => entry.reqId !== undefined);
      expect(requestLines).toEqual([
        expect.objectContaining({ msg: "request completed", method: "GET", url: "/healthz", statusCode: 200 }),
      ]);
      expect(typeof requestLines[0].responseTime).toBe("number");
      expect(lines.join("\n")).not.toContain("secret-value");
      expect(lines.join("\n")).not.toContain("remoteAddress");
    });

    it("renders a readable, script-free docs page from the description", async () => {
      const page = await test.app.inject({ method: "GET", url: "/api/docs" });
      expect(page.statusCode).toBe(200);
      expect(page.headers["content-type"]).toMatch(/text\/html/);
      expect(page.body).toContain("/api/v1/auth/login");
      expect(page.body).toContain("Sign in with email and password");
      expect(page.body).not.toContain("<script");
      // Answers are shown as shapes, linking the named schemas listed at the end of the page.
      expect(page.body).toContain('<a href="#schema-PersonPosition">PersonPosition</a>');
      expect(page.body).toContain('<h3 id="schema-PersonPosition"><code>PersonPosition</code></h3>');
      expect(page.body).toContain("relationship: &#34;owner&#34; | &#34;author&#34;");
      expect(String(page.headers["content-security-policy"])).toMatch(/style-src 'sha256-/);
    });
  });
});
