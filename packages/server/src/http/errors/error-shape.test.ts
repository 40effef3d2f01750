/** Every kind of bad input gets a 4xx in the one error shape, never a 5xx (product.md, "What bad input gets"). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngines } from "../../store/testing/test-engines.js";
import { DEFAULT_BODY_LIMIT } from "../create-server.js";
import { buildTestApp, setUpAdmin, type TestApp } from "../testing/test-app.js";
import type { TestClient } from "../testing/test-client.js";

// The edge's behaviour does not depend on the engine; SQLite keeps this file fast.
const [sqlite] = testEngines();

function expectErrorShape(body: string, code: string) {
  const parsed = JSON.parse(body);
  expect(Object.keys(parsed)).toEqual(["error"]);
  expect(Object.keys(parsed.error).sort()).toEqual(["code", "details", "message"]);
  expect(parsed.error.code).toBe(code);
  expect(typeof parsed.error.message).toBe("string");
  expect(Array.isArray(parsed.error.details)).toBe(true);
  return parsed.error as { code: string; message: string; details: { field: string; reason: string }[] };
}

describe("the error shape", () => {
  let test: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    test = await buildTestApp(await sqlite!.create());
    admin = await setUpAdmin(test);
  });
  afterAll(async () => {
    await test.app.close();
    await sqlite!.disposeAll();
  });

  const login = (payload: string, contentType = "application/json") =>
    test.app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": contentType }, payload });

  it("names every invalid field on validation failures (400 validation_failed)", async () => {
    const response = await login(JSON.stringify({ email: "not-an-email", password: 42 }));
    expect(response.statusCode).toBe(400);
    const error = expectErrorShape(response.body, "validation_failed");
    expect(error.details.map((d) => d.field).sort()).toEqual(["email", "password"]);
  });

  it("names missing fields and unknown enum values", async () => {
    const response = await admin.post("/api/v1/me/api-tokens", { scopes: ["admin"] });
    expect(response.statusCode).toBe(400);
    const error = expectErrorShape(response.body, "validation_failed");
    expect(error.details.map((d) => d.field).sort()).toEqual(["name", "scopes.0"]);
  });

  it("prefixes fields outside the body with where they are", async () => {
    const long = "x".repeat(70);
    const response = await admin.delete(`/api/v1/me/api-tokens/${long}`);
    expect(response.statusCode).toBe(400);
    expect(expectErrorShape(response.body, "validation_failed").details[0]?.field).toBe("params.tokenId");
  });

  it("answers malformed JSON with 400 bad_request", async () => {
    const response = await login('{"email": ');
    expect(response.statusCode).toBe(400);
    expectErrorShape(response.body, "bad_request");
  });

  it("answers an empty JSON body with 400", async () => {
    const response = await login("");
    expect(response.statusCode).toBe(400);
    expectErrorShape(response.body, "bad_request");
  });

  it("refuses prototype poisoning with 400", async () => {
    const response = await login('{"email":"a@b.test","password":"x","__proto__":{"admin":true}}');
    expect(response.statusCode).toBe(400);
    expectErrorShape(response.body, "bad_request");
  });

  it("refuses other content types with 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await login("email=a&password=b", type);
      expect(response.statusCode).toBe(415);
      expectErrorShape(response.body, "unsupported_media_type");
    }
  });

  it("refuses bodies above the limit with 413", async () => {
    const big = JSON.stringify({ email: "a@b.test", password: "x".repeat(DEFAULT_BODY_LIMIT) });
    const response = await login(big);
    expect(response.statusCode).toBe(413);
    expectErrorShape(response.body, "payload_too_large");
  });

  it("answers unknown routes with 404 not_found, for anonymous and signed-in callers alike", async () => {
    for (const response of [
      await test.app.inject({ method: "GET", url: "/api/v1/nothing-here" }),
      await admin.get("/api/v1/nothing-here"),
      await test.app.inject({ method: "PATCH", url: "/api/v1/me" }),
    ]) {
      expect(response.statusCode).toBe(404);
      expectErrorShape(response.body, "not_found");
    }
  });

  it("answers a missing session with 401 unauthenticated", async () => {
    const response = await test.app.inject({ method: "GET", url: "/api/v1/me" });
    expect(response.statusCode).toBe(401);
    expectErrorShape(response.body, "unauthenticated");
  });

  it("answers a dead bearer token with 401 even on public routes", async () => {
    const response = await test.app.inject({
      method: "GET",
      url: "/api/v1/setup",
      headers: { authorization: "Bearer asc_nope" },
    });
    expect(response.statusCode).toBe(401);
    expectErrorShape(response.body, "unauthenticated");
  });

  it("answers malformed and overlong URLs with 4xx in the same shape", async () => {
    const bad = await test.app.inject({ method: "GET", url: "/api/v1/%E0%A4%A" });
    expect(bad.statusCode).toBe(400);
    expectErrorShape(bad.body, "bad_request");
    const long = await admin.delete(`/api/v1/me/api-tokens/${"x".repeat(500)}`);
    expect(long.statusCode).toBe(414);
    expectErrorShape(long.body, "bad_request");
  });
});
