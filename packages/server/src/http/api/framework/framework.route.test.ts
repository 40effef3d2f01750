import { defaultFramework } from "@ascent/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeFramework } from "../../../store/repositories/framework-version.repository.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { buildTestApp, setUpAdmin, type TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

/** A small custom framework: two levels, the second stage of the first one named by `second`. */
function acme(version: string, second: { id: string; replaces?: string } = { id: "one-b" }, extra = ""): string {
  return `id: acme
name: ACME ladder
version: "${version}"
levels:
  - id: one
    name: One
    stages:
      - id: one-a
        name: First
      - id: ${second.id}
        name: Second${second.replaces ? `\n        replaces: [${second.replaces}]` : ""}
  - id: two
    name: Two
    stages:
      - id: two-a
        name: Third
${extra}`;
}

const BROKEN = `id: acme
name: ACME ladder
version: "1"
levels:
  - id: one
    name: One
    stages:
      - id: same
        name: First
      - id: same
        name: Second
      - id: nameless
`;

forEachEngine((engine) => {
  describe("loading a framework version over HTTP", () => {
    let test: TestApp;
    let admin: TestClient;
    let personId: string;
    const postYaml = (yaml: string, query = "") =>
      admin.request({
        method: "POST",
        url: `/api/v1/framework${query}`,
        body: yaml,
        headers: { "content-type": "application/yaml" },
      });
    beforeAll(async () => {
      test = await buildTestApp(await engine.create());
      admin = await setUpAdmin(test);
      personId = (await admin.get("/api/v1/me")).json().personId;
    });
    afterAll(() => test.app.close());

    it("answers the whole active framework, every stage with its signals, pitfalls and actions", async () => {
      const response = await admin.get("/api/v1/framework");
      expect(response.statusCode, response.body).toBe(200);
      // The response schema is the serialiser too: a field it forgot would be missing here.
      expect(response.json()).toEqual({ framework: JSON.parse(JSON.stringify(defaultFramework())) });
      expect(response.json().framework.levels[0].stages[0].signals.length).toBeGreaterThan(0);
    });

    it("answers every problem at once, with its path and line, and stores nothing", async () => {
      const response = await postYaml(BROKEN);
      expect(response.statusCode, response.body).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe("validation_failed");
      expect(error.details.length).toBeGreaterThanOrEqual(2);
      expect(error.details.some((d: { field: string }) => d.field.startsWith("levels[0].stages[1]"))).toBe(true);
      expect(error.details.some((d: { reason: string }) => /^line \d+: /.test(d.reason))).toBe(true);
      expect((await admin.get("/api/v1/framework")).json().framework.id).toBe("technical-leadership-progression");
    });

    it("checks without storing on a dry run, YAML or JSON", async () => {
      const dry = await postYaml(acme("1"), "?dryRun=1");
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json()).toMatchObject({ dryRun: true, created: false, version: null });
      const json = JSON.stringify({
        id: "acme",
        name: "ACME",
        version: "1",
        levels: [{ id: "l", name: "L", stages: [{ id: "s", name: "S" }] }],
      });
      const asJson = await admin.post("/api/v1/framework?dryRun=true", { source: json, format: "json" });
      expect(asJson.statusCode, asJson.body).toBe(200);
      expect(asJson.json().framework.levels[0].stages[0].id).toBe("s");
      expect((await admin.get("/api/v1/framework")).json().framework.id).toBe("technical-leadership-progression");
    });

    it("stores and activates a new version, keeps the built-in one, and audits it", async () => {
      const loaded = await postYaml(acme("1"));
      expect(loaded.statusCode, loaded.body).toBe(201);
      const active = JSON.parse(JSON.stringify(await activeFramework(test.database.db)));
      expect(loaded.json()).toEqual({
        dryRun: false,
        created: true,
        framework: active,
        version: {
          id: expect.any(String),
          frameworkId: "acme",
          name: "ACME ladder",
          version: "1",
          contentHash: active.contentHash,
          sourceFormat: "yaml",
          createdAt: test.clock().toISOString(),
          activatedAt: test.clock().toISOString(),
          isActive: true,
        },
        changes: expect.objectContaining({ added: expect.any(Array), removed: expect.any(Array) }),
      });
      expect(Object.keys(loaded.json().changes).sort()).toEqual(["added", "changed", "removed", "renamed"]);
      expect((await admin.get("/api/v1/framework")).json()).toEqual({ framework: active });
      expect(active.name).toBe("ACME ladder");
      const versions = await test.database.db
        .selectFrom("framework_version")
        .select(["framework_id", "is_active"])
        .execute();
      expect(versions.map((v) => `${v.framework_id}:${v.is_active}`).sort()).toEqual([
        "acme:1",
        "technical-leadership-progression:0",
      ]);
      const audited = await test.database.db
        .selectFrom("audit_log")
        .select("action")
        .where("action", "=", "framework.activated")
        .execute();
      expect(audited).toHaveLength(1);
      // The same content again changes nothing.
      const again = await postYaml(acme("1"));
      expect(again.statusCode).toBe(200);
      expect(again.json().created).toBe(false);
    });

    it("once ratings exist, refuses a successor that would lose them, and carries them through `replaces`", async () => {
      const draft = await admin.post("/api/v1/check-ins", {
        personId,
        assessorKind: "self",
        ratings: { "one-a": "established", "one-b": "emerging" },
      });
      expect(draft.statusCode, draft.body).toBe(201);
      expect((await admin.post(`/api/v1/check-ins/${draft.json().checkIn.id}/submit`, { version: 1 })).statusCode).toBe(
        200,
      );

      const dropped = await postYaml(acme("2", { id: "one-c" }));
      expect(dropped.statusCode).toBe(400);
      expect(dropped.json().error.details.map((d: { field: string }) => d.field)).toContain("levels");
      const lower = await postYaml(acme("0.9", { id: "one-b" }, "        summary: changed\n"));
      expect(lower.statusCode).toBe(400);
      expect(lower.json().error.details.map((d: { field: string }) => d.field)).toContain("version");

      const renamed = await postYaml(acme("2", { id: "one-next", replaces: "one-b" }));
      expect(renamed.statusCode, renamed.body).toBe(201);
      expect(renamed.json().changes.renamed).toEqual([{ from: "one-b", to: "one-next" }]);
      // The rating of the old id counts under the new one, and the dashboards were rebuilt for it.
      const overview = (await admin.get(`/api/v1/people/${personId}/overview`)).json();
      expect(overview.positions.self.position).toMatchObject({
        reached: 1,
        workingOnStageId: "one-next",
        progress: 1.5,
      });
      const distribution = (await admin.get("/api/v1/dashboards/stage-distribution")).json();
      expect(distribution.perStage["one-next"]).toBe(1);
    });

    it("refuses a load based on a framework no longer active (409)", async () => {
      const stale = await postYaml(acme("3", { id: "one-next" }, "        summary: newer\n"), "?basedOn=0000");
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("conflict");
    });

    it("takes YAML or JSON only", async () => {
      const text = await admin.request({
        method: "POST",
        url: "/api/v1/framework",
        body: acme("4"),
        headers: { "content-type": "text/plain" },
      });
      expect(text.statusCode).toBe(415);
      const missing = await admin.post("/api/v1/framework", { format: "yaml" });
      expect(missing.statusCode).toBe(400);
    });

    it("answers anyone but an admin exactly like an unknown route, whatever they send", async () => {
      const invitation = await admin.post("/api/v1/invitations", { email: "mo@example.test", name: "Mo" });
      const token = new URL(invitation.json().link).hash.replace(/^#token=/, "");
      const member = test.client();
      expect(
        (await member.post("/api/v1/auth/invitations/accept", { token, password: "another long one" })).statusCode,
      ).toBe(201);
      for (const [body, type] of [
        [acme("9"), "application/yaml"],
        ["{not json", "application/json"],
        [JSON.stringify({ source: acme("9") }), "application/json"],
      ] as const) {
        const response = await member.request({
          method: "POST",
          url: "/api/v1/framework?dryRun=1",
          body,
          headers: { "content-type": type },
        });
        expect(response.statusCode).toBe(404);
        expect(response.json()).toEqual({
          error: { code: "not_found", message: "No route POST /api/v1/framework", details: [] },
        });
      }
    });

    it("lets the database hold one active version only", async () => {
      const active = await test.database.db
        .selectFrom("framework_version")
        .selectAll()
        .where("is_active", "=", 1)
        .executeTakeFirstOrThrow();
      await expect(
        test.database.db
          .insertInto("framework_version")
          .values({ ...active, id: "second-active", content_hash: "another-hash" })
          .execute(),
      ).rejects.toThrow();
    });
  });
});
