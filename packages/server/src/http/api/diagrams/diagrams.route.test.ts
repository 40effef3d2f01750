import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { seedHttpCast, sessionHeaders } from "../../testing/http-cast.js";
import { buildTestApp, type TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("diagrams over HTTP", () => {
    let test: TestApp;
    let auth: Awaited<ReturnType<typeof sessionHeaders>>;
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      await seedHttpCast(test.database.db);
      auth = await sessionHeaders(test.database.db, () => test.clock().toISOString(), CAST.member);
    });
    afterAll(() => test.app.close());
    const get = (url: string) => test.app.inject({ method: "GET", url, cookies: auth.cookies });

    it("draws each framework diagram as accessible SVG, identically twice", async () => {
      for (const kind of ["levels", "axis", "zigzag", "diagonal"]) {
        const first = await get(`/api/v1/diagrams/${kind}?theme=dark&width=800`);
        expect(first.statusCode, first.body).toBe(200);
        expect(first.headers["content-type"]).toMatch(/^image\/svg\+xml/);
        expect(first.body).toMatch(/^<svg[\s\S]*<title/);
        expect((await get(`/api/v1/diagrams/${kind}?theme=dark&width=800`)).body).toBe(first.body);
      }
    });

    it("serves the active framework the diagrams are drawn from", async () => {
      const response = await get("/api/v1/framework");
      expect(response.statusCode).toBe(200);
      expect(response.json().framework.levels).toHaveLength(4);
    });

    it("renders PNG on request", async () => {
      const png = await get("/api/v1/diagrams/levels?format=png");
      expect(png.statusCode).toBe(200);
      expect(png.headers["content-type"]).toBe("image/png");
      expect(png.rawPayload.subarray(1, 4).toString()).toBe("PNG");
    });

    it("refuses unknown kinds and bad options in the error shape", async () => {
      const kind = await get("/api/v1/diagrams/pie");
      expect(kind.statusCode).toBe(400);
      expect(kind.json().error.details[0].field).toBe("params.kind");
      const width = await get("/api/v1/diagrams/levels?width=10");
      expect(width.statusCode).toBe(400);
      expect(width.json().error.details[0].field).toBe("query.width");
    });

    it("draws a person's zig-zag only for those who may see them", async () => {
      expect((await get(`/api/v1/people/${CAST.member}/diagrams/zigzag`)).statusCode).toBe(200);
      expect((await get(`/api/v1/people/${CAST.unrelated}/diagrams/zigzag`)).statusCode).toBe(404);
    });
  });
});
