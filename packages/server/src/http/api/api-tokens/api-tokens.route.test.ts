import { describe, expect, it } from "vitest";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { type TestApp, withAdminApp } from "../../testing/test-app.js";
import { bearer, type TestClient } from "../../testing/test-client.js";

forEachEngine((engine) => {
  describe("API tokens", () => {
    let test: TestApp;
    let admin: TestClient;
    withAdminApp(engine, (made) => ({ test, admin } = made));

    it("creates a read token: it reads, cannot write, and its secret is shown once and stored hashed", async () => {
      const created = await admin.post("/api/v1/me/api-tokens", { name: "dashboard script", scopes: ["read"] });
      expect(created.statusCode).toBe(201);
      const { token, id } = created.json();
      expect(token).toMatch(/^asc_/);
      const stored = await test.database.db
        .selectFrom("api_token")
        .select("token_hash")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toBe(token);

      const script = bearer(test.app, token);
      const me = await script.get("/api/v1/me");
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ via: "token", scopes: ["read"], csrfToken: null });
      const write = await script.post("/api/v1/invitations", { email: "x@example.test", name: "X" });
      expect(write.statusCode).toBe(403);
      expect(write.json().error.code).toBe("insufficient_scope");

      const listed = (await admin.get("/api/v1/me/api-tokens")).json().tokens;
      expect(listed).toEqual([
        expect.objectContaining({ id, name: "dashboard script", scopes: ["read"], revokedAt: null }),
      ]);
      expect(JSON.stringify(listed)).not.toContain(token);
      expect(listed[0].lastUsedAt).not.toBeNull();
    });

    it("lets a write token write without any CSRF header (browsers never send bearer tokens on their own)", async () => {
      const { token } = (await admin.post("/api/v1/me/api-tokens", { name: "importer", scopes: ["write"] })).json();
      const script = bearer(test.app, token);
      const invited = await script.post("/api/v1/invitations", { email: "y@example.test", name: "Y" });
      expect(invited.statusCode).toBe(201);
    });

    it("keeps token management and logout to browser sessions", async () => {
      const { token } = (await admin.post("/api/v1/me/api-tokens", { name: "all", scopes: ["read", "write"] })).json();
      const script = bearer(test.app, token);
      expect((await script.get("/api/v1/me/api-tokens")).statusCode).toBe(403);
      expect((await script.post("/api/v1/me/api-tokens", { name: "child", scopes: ["read"] })).statusCode).toBe(403);
    });

    it("revokes: the token stops working at once", async () => {
      const { token, id } = (await admin.post("/api/v1/me/api-tokens", { name: "temp", scopes: ["read"] })).json();
      expect((await bearer(test.app, token).get("/api/v1/me")).statusCode).toBe(200);
      expect((await admin.delete(`/api/v1/me/api-tokens/${id}`)).statusCode).toBe(204);
      const after = await bearer(test.app, token).get("/api/v1/me");
      expect(after.statusCode).toBe(401);
      expect((await admin.delete(`/api/v1/me/api-tokens/${id}`)).statusCode).toBe(404);
      const listed = (await admin.get("/api/v1/me/api-tokens")).json().tokens;
      expect(listed.find((t: { id: string }) => t.id === id).revokedAt).not.toBeNull();
    });

    it("does not let one person revoke another's token", async () => {
      const { id } = (await admin.post("/api/v1/me/api-tokens", { name: "mine", scopes: ["read"] })).json();
      const invitation = (await admin.post("/api/v1/invitations", { email: "z@example.test", name: "Zed" })).json();
      const zed = test.client();
      await zed.post("/api/v1/auth/invitations/accept", {
        token: new URL(invitation.link).hash.slice(7),
        password: "zed's long password",
      });
      expect((await zed.delete(`/api/v1/me/api-tokens/${id}`)).statusCode).toBe(404);
    });
  });
});
