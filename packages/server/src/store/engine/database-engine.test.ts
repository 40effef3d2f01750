/**
 * What every engine must guarantee to the code above it, whatever the driver does to be fast
 * (SQLite: kept statements and one connection handed over in turn; PostgreSQL: a pool):
 * concurrent transactions never see each other's uncommitted rows, a rolled-back write is seen by
 * nobody, and a schema change is seen by the very next query.
 */
import { type Kysely, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { forEachEngine } from "../testing/test-engines.js";

/** A scratch table outside the app's schema, typed loosely. */
// biome-ignore lint/suspicious/noExplicitAny: tables created by the test itself.
type Scratch = Kysely<any>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

forEachEngine((engine) => {
  describe("the database engine", () => {
    it("keeps 40 concurrent transactions apart: none sees another's uncommitted row, all commit", async () => {
      const db = (await engine.create({ migrate: false })).db as Scratch;
      await db.schema
        .createTable("job")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("state", "text")
        .execute();
      const seen = await Promise.all(
        Array.from({ length: 40 }, (_, id) =>
          db.transaction().execute(async (trx) => {
            await trx.insertInto("job").values({ id, state: "pending" }).execute();
            // Give every other transaction the chance to run a statement in between.
            await pause(id % 3);
            const pending = await trx.selectFrom("job").select("id").where("state", "=", "pending").execute();
            await trx.updateTable("job").set({ state: "done" }).where("id", "=", id).execute();
            return pending.map((row) => row.id);
          }),
        ),
      );
      for (const [id, pending] of seen.entries()) expect(pending).toEqual([id]);
      const states = await db.selectFrom("job").select("state").execute();
      expect(states).toHaveLength(40);
      expect(new Set(states.map((row) => row.state))).toEqual(new Set(["done"]));
    });

    it("shows a rolled-back write to nobody, and runs the next transaction normally", async () => {
      const db = (await engine.create({ migrate: false })).db as Scratch;
      await db.schema
        .createTable("note")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .execute();
      let inserted!: () => void;
      const insertedOnce = new Promise<void>((resolve) => {
        inserted = resolve;
      });
      const failing = db.transaction().execute(async (trx) => {
        await trx.insertInto("note").values({ id: 1 }).execute();
        inserted();
        await pause(20);
        throw new Error("the write fails after its insert");
      });
      await insertedOnce;
      // Issued while the failing transaction is open: waits for it (SQLite) or reads committed rows (PostgreSQL).
      const during = db.selectFrom("note").select("id").execute();
      await expect(failing).rejects.toThrow("the write fails after its insert");
      expect(await during).toEqual([]);
      await db.transaction().execute((trx) => trx.insertInto("note").values({ id: 2 }).execute());
      expect(await db.selectFrom("note").select("id").execute()).toEqual([{ id: 2 }]);
    });

    it("sees a schema change in the very next query, for a query it has run before", async () => {
      const db = (await engine.create({ migrate: false })).db as Scratch;
      await db.schema
        .createTable("thing")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .execute();
      await db.insertInto("thing").values({ id: 1 }).execute();
      const all = () => db.selectFrom("thing").selectAll().execute();
      expect(await all()).toEqual([{ id: 1 }]);

      await db.schema.alterTable("thing").addColumn("label", "text").execute();
      expect(await all()).toEqual([{ id: 1, label: null }]);

      await db.schema.dropTable("thing").execute();
      await expect(all()).rejects.toThrow(/thing/);
      await db.schema.createTable("thing").addColumn("name", "text").execute();
      await db.insertInto("thing").values({ name: "new" }).execute();
      expect(await all()).toEqual([{ name: "new" }]);
    });

    it("refuses queries once closed, without crashing the process", async () => {
      const database = await engine.create({ migrate: false });
      await sql`select 1`.execute(database.db);
      await database.close();
      await expect(sql`select 1`.execute(database.db)).rejects.toThrow();
    });
  });
});
