import { buildDemoOrganisation, type DemoOrganisation } from "@ascent/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStoreError } from "../errors/store-error.js";
import { listCurrentPositions, listPositionChanges } from "../read-models/position.repository.js";
import { listCheckInsOfAll } from "../repositories/check-in.repository.js";
import { listMoments } from "../repositories/moment.repository.js";
import { listPeople } from "../repositories/person.repository.js";
import { insertPrivateNotes, listPrivateNotes } from "../repositories/private-note.repository.js";
import { forEachEngine, testEngines } from "../testing/test-engines.js";
import { exportOrganisation } from "./export-organisation.js";
import { importOrganisation } from "./import-organisation.js";
import { loadDemoOrganisation } from "./load-demo-organisation.js";
import { byId } from "./stable-json.js";

let demo: DemoOrganisation;
beforeAll(() => {
  demo = buildDemoOrganisation({ seed: 7 });
});

forEachEngine((engine) => {
  describe("the demo organisation", () => {
    it("loads into an empty database and reads back unchanged", async () => {
      const { db } = await engine.create();
      await loadDemoOrganisation(db, demo);
      expect(await listPeople(db)).toEqual(byId(demo.people));
      expect(await listCheckInsOfAll(db)).toEqual(byId(demo.checkIns));
      expect((await listMoments(db)).map((m) => m.value)).toEqual(byId(demo.moments));
      const positions = await listCurrentPositions(db);
      expect(positions.length).toBeGreaterThan(demo.people.length / 2);
      expect((await listPositionChanges(db)).length).toBeGreaterThanOrEqual(positions.length);
    });

    it("is refused by a database that already holds an organisation, leaving it as it was", async () => {
      const { db } = await engine.create();
      await loadDemoOrganisation(db, demo);
      const before = await exportOrganisation(db);
      const error = await loadDemoOrganisation(db, demo).catch((e: unknown) => e);
      expect(isStoreError(error, "invalid_import")).toBe(true);
      expect(await exportOrganisation(db)).toBe(before);
    });
  });

  describe("organisation export and import", () => {
    it("round-trips byte-identically: demo → export → import into an empty database → export", async () => {
      const source = await engine.create();
      await loadDemoOrganisation(source.db, demo);
      const exported = await exportOrganisation(source.db);
      const target = await engine.create();
      await importOrganisation(target.db, exported);
      expect(await exportOrganisation(target.db)).toBe(exported);
      expect(await listCurrentPositions(target.db)).toEqual(await listCurrentPositions(source.db));
      expect(await listPositionChanges(target.db)).toEqual(await listPositionChanges(source.db));
    });

    it("carries private notes through the round trip, byte for byte", async () => {
      const source = await engine.create();
      await loadDemoOrganisation(source.db, demo);
      const [author, subject] = demo.people;
      const note = {
        id: "note-1",
        authorId: author!.id,
        personId: subject!.id,
        body: "Ask about the incident review",
        createdAt: "2026-01-02T03:04:05.006Z",
        updatedAt: "2026-01-03T03:04:05.006Z",
      };
      await insertPrivateNotes(source.db, [note]);
      const exported = await exportOrganisation(source.db);
      expect(JSON.parse(exported).privateNotes).toEqual([note]);
      const target = await engine.create();
      await importOrganisation(target.db, exported);
      expect(await listPrivateNotes(target.db)).toEqual([note]);
      expect(await exportOrganisation(target.db)).toBe(exported);
    });

    it("imports an export written before private notes were exported", async () => {
      const source = await engine.create();
      await loadDemoOrganisation(source.db, demo);
      const { privateNotes: _none, ...older } = JSON.parse(await exportOrganisation(source.db));
      const target = await engine.create();
      await importOrganisation(target.db, JSON.stringify(older));
      expect(await listPrivateNotes(target.db)).toEqual([]);
    });

    it("never exports credentials", async () => {
      const { db } = await engine.create();
      await loadDemoOrganisation(db, demo);
      const person = demo.people[0]!;
      await db
        .insertInto("account")
        .values({
          id: "account-1",
          person_id: person.id,
          email: person.email,
          password_hash: "$argon2id$v=19$secret-hash",
          created_at: "2026-01-01T00:00:00.000Z",
          last_login_at: null,
        })
        .execute();
      await db
        .insertInto("session")
        .values({
          id: "session-token-hash",
          account_id: "account-1",
          created_at: "2026-01-01T00:00:00.000Z",
          expires_at: "2026-02-01T00:00:00.000Z",
          last_seen_at: "2026-01-01T00:00:00.000Z",
        })
        .execute();
      const exported = await exportOrganisation(db);
      expect(exported).toContain(`"email": "${person.email}"`);
      expect(exported).not.toContain("argon2id");
      expect(exported).not.toContain("session-token-hash");
      const target = await engine.create();
      await importOrganisation(target.db, exported);
      const account = await target.db.selectFrom("account").selectAll().executeTakeFirstOrThrow();
      expect(account.password_hash).toBeNull();
    });

    it("imports all or nothing: a dangling reference leaves the database empty", async () => {
      const source = await engine.create();
      await loadDemoOrganisation(source.db, demo);
      const document = JSON.parse(await exportOrganisation(source.db));
      document.moments[0].receiverId = "person-who-does-not-exist";
      const target = await engine.create();
      const error = await importOrganisation(target.db, JSON.stringify(document)).catch((e: unknown) => e);
      expect(isStoreError(error, "invalid_import")).toBe(true);
      expect(await target.db.selectFrom("person").select("id").execute()).toEqual([]);
      expect(await target.db.selectFrom("organisation").select("id").execute()).toEqual([]);
    });

    it("refuses what is not an export, naming why", async () => {
      const { db } = await engine.create();
      await expect(importOrganisation(db, "{not json")).rejects.toThrow(/not JSON/);
      await expect(importOrganisation(db, '{"format":"something-else"}')).rejects.toThrow(/"format" must be/);
    });
  });
});

describe("organisation export across engines", () => {
  const [sqlite, postgres] = testEngines();
  afterAll(async () => {
    await sqlite!.disposeAll();
    await postgres!.disposeAll();
  });

  it("SQLite → PostgreSQL → SQLite keeps every byte", async () => {
    const first = await sqlite!.create();
    await loadDemoOrganisation(first.db, demo);
    const fromSqlite = await exportOrganisation(first.db);
    const middle = await postgres!.create();
    await importOrganisation(middle.db, fromSqlite);
    const fromPostgres = await exportOrganisation(middle.db);
    expect(fromPostgres).toBe(fromSqlite);
    const last = await sqlite!.create();
    await importOrganisation(last.db, fromPostgres);
    expect(await exportOrganisation(last.db)).toBe(fromSqlite);
  });

  it("the same demo loaded on each engine exports the same bytes", async () => {
    const a = await sqlite!.create();
    const b = await postgres!.create();
    await loadDemoOrganisation(a.db, demo);
    await loadDemoOrganisation(b.db, demo);
    expect(await exportOrganisation(b.db)).toBe(await exportOrganisation(a.db));
  });
});
