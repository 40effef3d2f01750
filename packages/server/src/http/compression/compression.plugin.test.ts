import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngines } from "../../store/testing/test-engines.js";
import { buildTestApp, type TestApp } from "../testing/test-app.js";

// Compression sits above the store: one engine is enough.
const [sqlite] = testEngines();

describe("compressed answers", () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await buildTestApp(await sqlite!.create());
  });
  afterAll(async () => {
    await test.app.close();
    await sqlite!.disposeAll();
  });

  it("sends a large JSON answer brotli- or gzip-compressed to a client that accepts it, and plain otherwise", async () => {
    const plain = await test.app.inject({ url: "/api/openapi.json" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const document = plain.json();
    expect(plain.rawPayload.length).toBeGreaterThan(10_000);

    const brotli = await test.app.inject({ url: "/api/openapi.json", headers: { "accept-encoding": "gzip, br" } });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toEqual(document);

    const gzip = await test.app.inject({ url: "/api/openapi.json", headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(document);
  });

  it("leaves small answers as they are", async () => {
    const small = await test.app.inject({ url: "/healthz", headers: { "accept-encoding": "br" } });
    expect(small.statusCode).toBe(200);
    expect(small.headers["content-encoding"]).toBeUndefined();
  });
});
