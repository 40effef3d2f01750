import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { StatementCache } from "./statement-cache.js";

describe("StatementCache", () => {
  const handles: BetterSqlite3.Database[] = [];
  const open = () => {
    const sqlite = new BetterSqlite3(":memory:");
    handles.push(sqlite);
    sqlite.exec("create table t (id integer primary key); insert into t values (1), (2), (3)");
    return sqlite;
  };
  afterEach(() => {
    for (const handle of handles.splice(0)) handle.close();
  });

  it("prepares a query once and reuses it", () => {
    const cache = new StatementCache(open());
    const first = cache.prepare("select id from t where id = ?");
    expect(cache.prepare("select id from t where id = ?")).toBe(first);
    expect(first.all(2)).toEqual([{ id: 2 }]);
  });

  it("does not keep statements with a parameter list, whose text varies with its length", () => {
    const cache = new StatementCache(open());
    for (let n = 2; n <= 40; n++) {
      const sql = `select id from t where id in (${Array.from({ length: n }, () => "?").join(", ")})`;
      expect(cache.prepare(sql).all(...Array.from({ length: n }, (_, i) => i + 1))).toHaveLength(Math.min(n, 3));
    }
    expect(cache.size).toBe(0);
  });

  it("prepares a fresh statement while the kept one is busy in an iteration", () => {
    const cache = new StatementCache(open());
    const sql = "select id from t order by id";
    const ids: number[] = [];
    for (const row of cache.prepare(sql).iterate() as Iterable<{ id: number }>) {
      ids.push(row.id, (cache.prepare(sql).all() as unknown[]).length);
    }
    expect(ids).toEqual([1, 3, 2, 3, 3, 3]);
  });

  it("keeps at most maxEntries statements, dropping the oldest, and forgets all on clear", () => {
    const cache = new StatementCache(open(), 2);
    const one = cache.prepare("select 1");
    cache.prepare("select 2");
    cache.prepare("select 3");
    expect(cache.size).toBe(2);
    expect(cache.prepare("select 1")).not.toBe(one);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
