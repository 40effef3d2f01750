import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { buildDemoOrganisation, type DemoOrganisation } from "@ascent/core";
import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStoreError } from "../errors/store-error.js";
import { migrationProvider } from "../migrations/migration-provider.js";
import { listCurrentPositions, listPositionChanges } from "../read-models/position.repository.js";
import { rebuildReadModels } from "../read-models/rebuild-read-models.js";
import { insertOrganisation } from "../repositories/organisation.repository.js";
import { insertPeople, listPeople } from "../repositories/person.repository.js";
import type { Db } from "../repositories/store.types.js";
import { recordCheckInWithPosition } from "../testing/record-check-in.fixture.js";
import { buildStoredCheckIn } from "../testing/store-fixtures.js";
import { forEachEngine, testEngines } from "../testing/test-engines.js";
import { exportOrganisation } from "../transfer/export-organisation.js";
import { loadDemoOrganisation } from "../transfer/load-demo-organisation.js";
import { backupDatabase } from "./backup-database.js";
import { backupKindOf } from "./backup-format.js";
import { restoreDatabase } from "./restore-database.js";

let demo: DemoOrganisation;
let folder: string;
let fileNumber = 0;
beforeAll(async () => {
  demo = buildDemoOrganisation({ seed: 7 });
  folder = await mkdtemp(join(tmpdir(), "ascent-backup-test-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));
const backupFile = () => join(folder, `backup-${++fileNumber}`);

async function addAccount(db: Db): Promise<void> {
  const person = demo.people[0]!;
  await db
    .insertInto("account")
    .values({
      id: "account-1",
      person_id: person.id,
      email: person.email,
      password_hash: "$argon2id$v=19$kept-hash",
      created_at: "2026-01-01T00:00:00.000Z",
      last_login_at: "2026-01-02T00:00:00.000Z",
    })
    .execute();
}

/** A submitted check-in that moves an active demo person to the top, recorded with its read models. */
function lateCheckIn(n: number) {
  const person = demo.people.filter((p) => p.status === "active")[n % 20]!;
  const at = new Date(Date.UTC(2026, 10, 2, 0, 0, n)).toISOString();
  return buildStoredCheckIn({
    id: `late-${n}`,
    personId: person.id,
    authorId: person.id,
    frameworkHash: demo.framework.contentHash,
    createdAt: at,
    submittedAt: at,
    ratings: Object.fromEntries(
      demo.framework.levels.flatMap((l) => l.stages).map((s) => [s.id, n % 2 ? "established" : "emerging"]),
    ),
  });
}

/** The read models as stored equal a rebuild from the check-ins: no check-in without its effect. */
async function expectReadModelsConsistent(db: Db): Promise<void> {
  const positions = await listCurrentPositions(db);
  const changes = await listPositionChanges(db);
  await rebuildReadModels(db, demo.framework);
  expect(await listCurrentPositions(db)).toEqual(positions);
  expect(await listPositionChanges(db)).toEqual(changes);
}

forEachEngine((engine) => {
  describe("backup and restore", () => {
    it("round-trips: demo → backup → restore into a fresh database → the export is byte-identical", async () => {
      const source = await engine.create();
      await loadDemoOrganisation(source.db, demo);
      await addAccount(source.db);
      const file = backupFile();
      const summary = await backupDatabase(source, file);
      expect(summary.kind).toBe(engine.dialect === "sqlite" ? "sqlite" : "snapshot");
      expect(await backupKindOf(file)).toBe(summary.kind);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const target = await engine.create();
      await restoreDatabase(target, file);
      expect(await exportOrganisation(target.db)).toBe(await exportOrganisation(source.db));
      expect(await listCurrentPositions(target.db)).toEqual(await listCurrentPositions(source.db));
      expect(await listPositionChanges(target.db)).toEqual(await listPositionChanges(source.db));
      // Unlike an export, a backup keeps credentials: the same installation comes back.
      const account = await target.db.selectFrom("account").selectAll().executeTakeFirstOrThrow();
      expect(account.password_hash).toBe("$argon2id$v=19$kept-hash");
    });

    it("restores into an unmigrated database too", async () => {
      const source = await engine.create();
      await loadDemoOrganisation(source.db, demo);
      const file = backupFile();
      await backupDatabase(source, file);
      const target = await engine.create({ migrate: false });
      await restoreDatabase(target, file);
      expect(await exportOrganisation(target.db)).toBe(await exportOrganisation(source.db));
    });

    it("restores a backup taken at an older schema version, migrating it on the way", async () => {
      const source = await engine.create({ migrate: false });
      // On PostgreSQL the bookkeeping lives in the connection's schema (as migrateToLatest sets it).
      const schema =
        engine.dialect === "postgres"
          ? (await sql<{ s: string }>`select current_schema() as s`.execute(source.db)).rows[0]?.s
          : undefined;
      const migrator = new Migrator({ db: source.db, provider: migrationProvider, migrationTableSchema: schema });
      const { error } = await migrator.migrateTo("005-read-models");
      expect(error).toBeUndefined();
      const person = demo.people[0]!;
      await insertOrganisation(source.db, {
        id: "org",
        name: "Older",
        settings: {},
        createdAt: demo.organisation.createdAt,
      });
      await insertPeople(source.db, [{ ...person, teamId: null }]);
      const file = backupFile();
      await backupDatabase(source, file);
      const target = await engine.create();
      await restoreDatabase(target, file);
      expect(await listPeople(target.db)).toEqual([{ ...person, teamId: null }]);
    });

    it("refuses a database that is not empty, unless told to replace it", async () => {
      const source = await engine.create();
      await loadDemoOrganisation(source.db, demo);
      const file = backupFile();
      await backupDatabase(source, file);
      const target = await engine.create();
      await loadDemoOrganisation(target.db, buildDemoOrganisation({ seed: 8 }));
      const before = await exportOrganisation(target.db);
      const error = await restoreDatabase(target, file).catch((e: unknown) => e);
      expect(isStoreError(error, "invalid_import")).toBe(true);
      expect((error as Error).message).toMatch(/not empty.*replace: true/);
      expect(await exportOrganisation(target.db)).toBe(before);
      await restoreDatabase(target, file, { replace: true });
      expect(await exportOrganisation(target.db)).toBe(await exportOrganisation(source.db));
    });

    it("is all or nothing: a damaged file leaves the target empty", async () => {
      const source = await engine.create();
      await loadDemoOrganisation(source.db, demo);
      const file = backupFile();
      await backupDatabase(source, file);
      const bytes = await readFile(file);
      const damaged = backupFile();
      // Cut off the end: a snapshot loses its end line, a SQLite file its last pages.
      await writeFile(damaged, bytes.subarray(0, Math.floor(bytes.length * 0.9)));
      const target = await engine.create();
      await expect(restoreDatabase(target, damaged)).rejects.toThrow();
      expect(await target.db.selectFrom("person").select("id").execute()).toEqual([]);
      const garbage = backupFile();
      await writeFile(garbage, "not a backup\n");
      const refused = await restoreDatabase(target, garbage).catch((e: unknown) => e);
      expect(isStoreError(refused, "invalid_import")).toBe(true);
    });

    if (engine.dialect === "sqlite") {
      it("takes a consistent online copy while the same process keeps writing between steps", async () => {
        const source = await engine.create();
        await loadDemoOrganisation(source.db, demo);
        const file = backupFile();
        let done = false;
        const backup = backupDatabase(source, file, { pagesPerStep: 1 }).finally(() => {
          done = true;
        });
        let written = 0;
        while (!done) {
          await recordCheckInWithPosition(source.db, demo.framework, lateCheckIn(written++));
          await nextTurn();
        }
        await backup;
        expect(written).toBeGreaterThan(2);
        const target = await engine.create();
        await restoreDatabase(target, file);
        const restored = await target.db.selectFrom("check_in").select("id").where("id", "like", "late-%").execute();
        expect(restored.length).toBeLessThanOrEqual(written);
        expect(restored.length).toBeGreaterThan(0);
        await expectReadModelsConsistent(target.db);
      });
    } else {
      it.skipIf(engine.serialisesTransactions)(
        "takes a snapshot that does not see writes committed after it started",
        async () => {
          const source = await engine.create();
          await loadDemoOrganisation(source.db, demo);
          const before = await exportOrganisation(source.db);
          const writer = await engine.connectAgain(source);
          const file = backupFile();
          await backupDatabase(source, file, {
            onSnapshot: async () => {
              for (let n = 0; n < 3; n++) {
                await recordCheckInWithPosition(writer.db, demo.framework, lateCheckIn(n));
              }
            },
          });
          expect(await exportOrganisation(source.db)).not.toBe(before);
          const target = await engine.create();
          await restoreDatabase(target, file);
          expect(await exportOrganisation(target.db)).toBe(before);
          await expectReadModelsConsistent(target.db);
        },
      );
    }
  });
});

describe("restore across engines", () => {
  const [sqlite, postgres] = testEngines();
  afterAll(async () => {
    await sqlite!.disposeAll();
    await postgres!.disposeAll();
  });

  it("takes a SQLite file into PostgreSQL and a PostgreSQL snapshot into SQLite", async () => {
    const first = await sqlite!.create();
    await loadDemoOrganisation(first.db, demo);
    await addAccount(first.db);
    const expected = await exportOrganisation(first.db);
    const sqliteFile = backupFile();
    await backupDatabase(first, sqliteFile);
    const middle = await postgres!.create();
    await restoreDatabase(middle, sqliteFile);
    expect(await exportOrganisation(middle.db)).toBe(expected);
    const snapshot = backupFile();
    await backupDatabase(middle, snapshot);
    const last = await sqlite!.create();
    await restoreDatabase(last, snapshot);
    expect(await exportOrganisation(last.db)).toBe(expected);
    const account = await last.db.selectFrom("account").selectAll().executeTakeFirstOrThrow();
    expect(account.password_hash).toBe("$argon2id$v=19$kept-hash");
  });
});
