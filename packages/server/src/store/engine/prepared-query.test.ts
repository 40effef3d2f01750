import { type Kysely, type KyselyPlugin, sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { forEachEngine } from "../testing/test-engines.js";
import type { AscentDatabase } from "./open-database.js";
import { preparedQuery } from "./prepared-query.js";

interface Scratch {
  pet: { id: number; name: string; owner: string | null; born: string };
}

const byOwnerBornAfter = preparedQuery((db: Kysely<Scratch>, p: { owner: string; after: string }) =>
  db
    .selectFrom("pet")
    .select(["id", "name"])
    .where("owner", "=", p.owner)
    .where((eb) => eb.or([eb("born", ">", p.after), eb("name", "=", "always")]))
    .orderBy("id"),
);

/** Upper-cases every name in results: proves plugins still see each run's rows. */
const shouting: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async ({ result }) => ({
    ...result,
    rows: result.rows.map((row) => ({ ...row, name: String(row.name).toUpperCase() })),
  }),
};

forEachEngine((engine) => {
  describe("a prepared query", () => {
    let database: AscentDatabase;
    let db: Kysely<Scratch>;
    beforeAll(async () => {
      database = await engine.create({ migrate: false });
      db = database.db as unknown as Kysely<Scratch>;
      await db.schema
        .createTable("pet")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("owner", "text")
        .addColumn("born", "text", (c) => c.notNull())
        .execute();
      await db
        .insertInto("pet")
        .values([
          { id: 1, name: "rex", owner: "ann", born: "2020" },
          { id: 2, name: "tom", owner: "ann", born: "2023" },
          { id: 3, name: "always", owner: "bob", born: "2001" },
          { id: 4, name: "kit", owner: null, born: "2024" },
        ])
        .execute();
    });

    it("answers each run with that run's values, like the query built afresh", async () => {
      for (const [owner, after] of [
        ["ann", "2019"],
        ["ann", "2021"],
        ["bob", "2030"],
        ["nobody", "1900"],
      ] as const) {
        const fresh = await db
          .selectFrom("pet")
          .select(["id", "name"])
          .where("owner", "=", owner)
          .where((eb) => eb.or([eb("born", ">", after), eb("name", "=", "always")]))
          .orderBy("id")
          .execute();
        expect(await byOwnerBornAfter.execute(db, { owner, after })).toEqual(fresh);
      }
      expect(await byOwnerBornAfter.executeTakeFirst(db, { owner: "ann", after: "2021" })).toEqual({
        id: 2,
        name: "tom",
      });
    });

    it("runs inside a transaction, seeing its uncommitted rows, and with a database's plugins", async () => {
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.insertInto("pet").values({ id: 5, name: "new", owner: "cat", born: "2025" }).execute();
          expect(await byOwnerBornAfter.execute(trx, { owner: "cat", after: "2000" })).toEqual([
            { id: 5, name: "new" },
          ]);
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      expect(await byOwnerBornAfter.execute(db, { owner: "cat", after: "2000" })).toEqual([]);
      expect(await byOwnerBornAfter.execute(db.withPlugin(shouting), { owner: "ann", after: "2021" })).toEqual([
        { id: 2, name: "TOM" },
      ]);
      expect(await byOwnerBornAfter.execute(db, { owner: "ann", after: "2021" })).toEqual([{ id: 2, name: "tom" }]);
    });

    it("refuses a query where a value would not be a plain parameter", async () => {
      const asText = preparedQuery((d: Kysely<Scratch>, p: { name: string }) =>
        d.selectFrom("pet").select("id").where("name", "=", sql.lit(p.name)),
      );
      await expect(asText.execute(db, { name: "rex" })).rejects.toThrow(/SQL text/);
      const folded = preparedQuery((d: Kysely<Scratch>, p: { name: string }) =>
        d.selectFrom("pet").select("id").where("name", "like", `%${p.name}%`),
      );
      await expect(folded.execute(db, { name: "e" })).rejects.toThrow(/folded/);
      // Computed from the value in JavaScript: the placeholder is read, but what reaches the query is not it.
      const computed = preparedQuery((d: Kysely<Scratch>, p: { name: string }) =>
        d.selectFrom("pet").select("id").where("name", "=", p.name.toUpperCase()),
      );
      await expect(computed.execute(db, { name: "rex" })).rejects.toThrow(/not passed as parameters/);
    });
  });
});
