import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locateWebDist } from "./locate-web-dist.js";
import { registerWebApp, WEB_APP_CSP } from "./web-app.plugin.js";

const BIG_SCRIPT = `export const words = ${JSON.stringify("ascent ".repeat(2000))};`;

function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), "ascent-web-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log(1)");
  writeFileSync(join(dist, "favicon.svg"), "<svg/>");
  // A large script with the compressed copies the build makes beside it.
  writeFileSync(join(dist, "assets", "big-def456.js"), BIG_SCRIPT);
  writeFileSync(join(dist, "assets", "big-def456.js.br"), brotliCompressSync(BIG_SCRIPT));
  writeFileSync(join(dist, "assets", "big-def456.js.gz"), gzipSync(BIG_SCRIPT));
  return dist;
}

// A server shaped like Ascent's: deny by default unless a route says `access: "public"`, and one
// JSON 404 shape.
async function server(distDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.addHook("onRequest", async (request, reply) => {
    if (request.is404) return;
    if (request.routeOptions.config.access !== "public")
      return reply.code(401).send({ error: { code: "unauthenticated" } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: { code: "not_found", message: `No route ${request.method} ${request.url}`, details: [] } }),
  );
  app.get("/api/v1/me", async () => ({ ok: true }));
  await registerWebApp(app, { distDir });
  await app.ready();
  return app;
}

describe("registerWebApp", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await server(fakeBuild());
  });
  afterAll(() => app.close());

  it("answers index.html for / and for any app path, never cached, with the app's CSP", async () => {
    for (const url of ["/", "/me", "/people/p-1", "/check-in?person=x"]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"]).toMatch(/text\/html/);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.headers["content-security-policy"]).toBe(WEB_APP_CSP);
      expect(response.body).toContain('id="root"');
    }
  });

  it("serves hashed assets with a long immutable cache", async () => {
    const response = await app.inject({ url: "/assets/index-abc123.js" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.body).toBe("console.log(1)");
  });

  it("sends the build's brotli or gzip copy to a browser that accepts it, and the file itself otherwise", async () => {
    const url = "/assets/big-def456.js";
    const brotli = await app.inject({ url, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.headers["content-type"]).toMatch(/javascript/);
    expect(brotli.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotli.rawPayload.length).toBeLessThan(BIG_SCRIPT.length / 10);
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(BIG_SCRIPT);

    const gzip = await app.inject({ url, headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(BIG_SCRIPT);

    const plain = await app.inject({ url });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(BIG_SCRIPT);
  });

  it("never serves the compressed copies under their own names", async () => {
    expect((await app.inject({ url: "/assets/big-def456.js.br" })).statusCode).toBe(404);
  });

  it("revalidates unhashed files such as the favicon", async () => {
    const response = await app.inject({ url: "/favicon.svg" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  it("answers a missing asset with 404, not HTML", async () => {
    const response = await app.inject({ url: "/assets/index-old.js" });
    expect(response.statusCode).toBe(404);
  });

  it("leaves /api to the API: unknown API paths get the JSON 404, known ones their route", async () => {
    const missing = await app.inject({ url: "/api/v1/nothing" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: "not_found" } });
    expect((await app.inject({ url: "/api/v1/me" })).statusCode).toBe(401);
  });

  it("never reaches outside the build", async () => {
    for (const url of ["/../package.json", "/%2e%2e/%2e%2e/etc/passwd", "/assets/../../secret"]) {
      const response = await app.inject({ url });
      expect(response.body, url).not.toContain("root:");
      expect([200, 404]).toContain(response.statusCode);
    }
  });

  it("registers nothing when the app is not built", async () => {
    const bare = Fastify();
    expect(await registerWebApp(bare, { distDir: mkdtempSync(join(tmpdir(), "ascent-unbuilt-")) })).toBe(false);
    await bare.ready();
    expect((await bare.inject({ url: "/me" })).statusCode).toBe(404);
    await bare.close();
  });
});

describe("locateWebDist", () => {
  it("finds packages/web/dist by walking up, or answers null", () => {
    const root = mkdtempSync(join(tmpdir(), "ascent-root-"));
    mkdirSync(join(root, "packages", "web", "dist"), { recursive: true });
    writeFileSync(join(root, "packages", "web", "dist", "index.html"), "");
    mkdirSync(join(root, "packages", "server", "dist"), { recursive: true });
    expect(locateWebDist(join(root, "packages", "server", "dist", "ascent.js"))).toBe(
      join(root, "packages", "web", "dist"),
    );
    expect(locateWebDist(join(tmpdir(), "nowhere", "x.js"))).toBeNull();
  });
});
