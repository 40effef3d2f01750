import { describe, expect, it } from "vitest";
import { bulkIndexes } from "../large/bulk-indexes.js";
import { forEachEngine } from "../testing/test-engines.js";
import { bulkDelete, bulkInsert, bulkUpdate, withIndexesBuiltAfter } from "./bulk-statements.js";
import type { BulkTable } from "./bulk-table.js";

const GROUP: BulkTable = {
  name: "group",
  columns: [
    ["id", "text"],
    ["name", "text"],
  ],
};
const TEAM: BulkTable = {
  name: "team",
  columns: [
    ["id", "text"],
    ["name", "text"],
    ["group_id", "text"],
  ],
};
const LEAD_KEY = [
  ["team_id", "text"],
  ["person_id", "text"],
] as const;

/** 250 teams: two full SQLite statements of 100 rows and a rest of 50; every third has no group. */
const teams = Array.from({ length: 250 }, (_, i) => [
  `t${String(i).padStart(3, "0")}`,
  `Team ${i}`,
  i % 3 === 0 ? null : "g1",
]);

forEachEngine((engine) => {
  describe("bulk statements", () => {
    it("insert, update and delete many rows, nulls and integers included, reporting progress", async () => {
      const { db } = await engine.create();
      const reported: number[] = [];
      await db.transaction().execute(async (trx) => {
        await bulkInsert(trx, GROUP, [
          ["g1", "Core"],
          ["g2", "Edge"],
        ]);
        await bulkInsert(trx, TEAM, teams, (rows) => reported.push(rows));
      });
      expect(reported.reduce((a, b) => a + b, 0)).toBe(250);
      const stored = await db.selectFrom("team").select(["id", "name", "group_id"]).orderBy("id").execute();
      expect(stored.map((t) => [t.id, t.name, t.group_id])).toEqual(teams);

      await db.transaction().execute(async (trx) => {
        await bulkInsert(trx, { name: "person", columns: PERSON_COLUMNS }, [
          person("p1", "t000"),
          person("p2", "t001"),
        ]);
        await bulkInsert(
          trx,
          {
            name: "team_lead",
            columns: [...LEAD_KEY, ["position", "integer"]],
          },
          [
            ["t000", "p1", 0],
            ["t000", "p2", 1],
            ["t001", "p2", 0],
          ],
        );
        await bulkUpdate(trx, { table: "team", key: [["id", "text"]], set: [["group_id", "text"]] }, [
          ["t000", "g2"],
          ["t001", null],
        ]);
        await bulkUpdate(
          trx,
          {
            table: "person",
            key: [["id", "text"]],
            set: [
              ["name", "text"],
              ["team_id", "text"],
            ],
            alsoSet: "version = version + 1",
          },
          [["p2", "Renamed", null]],
        );
        await bulkDelete(trx, { table: "team_lead", key: LEAD_KEY }, [
          ["t000", "p2"],
          ["t001", "p1"], // matches nothing: no error
        ]);
      });
      const changed = await db
        .selectFrom("team")
        .select(["id", "group_id"])
        .where("id", "in", ["t000", "t001", "t002"])
        .orderBy("id")
        .execute();
      expect(changed).toEqual([
        { id: "t000", group_id: "g2" },
        { id: "t001", group_id: null },
        { id: "t002", group_id: "g1" },
      ]);
      const people = await db.selectFrom("person").select(["id", "name", "team_id", "version"]).orderBy("id").execute();
      expect(people).toEqual([
        { id: "p1", name: "Person p1", team_id: "t000", version: 1 },
        { id: "p2", name: "Renamed", team_id: null, version: 2 },
      ]);
      const leads = await db.selectFrom("team_lead").selectAll().orderBy("team_id").execute();
      expect(leads).toEqual([
        { team_id: "t000", person_id: "p1", position: 0 },
        { team_id: "t001", person_id: "p2", position: 0 },
      ]);
    });

    it("write nothing when a later statement of the transaction fails", async () => {
      const { db } = await engine.create();
      const failing = db.transaction().execute(async (trx) => {
        await bulkInsert(trx, GROUP, [["g1", "Core"]]);
        await bulkInsert(trx, TEAM, teams);
        // A duplicate id in the last, partial statement.
        await bulkInsert(trx, TEAM, [["t900", "New", null], teams[0]!]);
      });
      await expect(failing).rejects.toThrow();
      expect(await db.selectFrom("team").select("id").execute()).toEqual([]);
      expect(await db.selectFrom("group").select("id").execute()).toEqual([]);
    });

    it("build the indexes of a large insert once afterwards, and keep them when it fails", async () => {
      const database = await engine.create();
      const { db } = database;
      const indexes = () => bulkIndexes(db, database.dialect, ["person"]);
      const before = await indexes();
      expect(before.map((index) => index.name)).toContain("person_team_idx");
      const people = Array.from({ length: 10_000 }, (_, i) => person(`p${String(i).padStart(5, "0")}`, "t000"));
      const load = (extra: readonly (readonly unknown[])[]) =>
        db.transaction().execute(async (trx) => {
          await bulkInsert(trx, TEAM, [["t000", "Team 0", null]]);
          await withIndexesBuiltAfter(trx, { person: people.length }, async () => {
            await bulkInsert(trx, { name: "person", columns: PERSON_COLUMNS }, [...people, ...extra]);
          });
        });

      await expect(load([person("p00000", "t000")])).rejects.toThrow();
      expect(await indexes()).toEqual(before);
      expect(await db.selectFrom("person").select("id").execute()).toEqual([]);

      await load([]);
      expect(await indexes()).toEqual(before);
      const inTeam = await db.selectFrom("person").select("id").where("team_id", "=", "t000").execute();
      expect(inTeam).toHaveLength(10_000);
    });

    it("refuse to run outside a transaction, where they could not be all or nothing", async () => {
      const { db } = await engine.create();
      await expect(bulkInsert(db, GROUP, [["g1", "Core"]])).rejects.toThrow(/inside a transaction/);
      expect(await db.selectFrom("group").select("id").execute()).toEqual([]);
    });
  });
});

const PERSON_COLUMNS = [
  ["id", "text"],
  ["name", "text"],
  ["email", "text"],
  ["team_id", "text"],
  ["status", "text"],
  ["joined_at", "text"],
] as const;

function person(id: string, team: string) {
  return [id, `Person ${id}`, `${id}@example.com`, team, "active", "2026-01-01T00:00:00.000Z"];
}
