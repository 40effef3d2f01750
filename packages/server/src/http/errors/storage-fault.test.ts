/**
 * Storage faults are recognised from the errors the engines really throw (reliability/faults.test.ts
 * drives the whole server into them: a full tmpfs, a read-only PostgreSQL).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { storageFaultOf } from "./storage-fault.js";

/** What `work` throws. */
async function thrownBy(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("storageFaultOf", () => {
  it("reads a write to a read-only SQLite database as storage_read_only", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ascent-fault-"));
    const file = join(dir, "a.db");
    new BetterSqlite3(file).exec("create table t (x)").close();
    const readOnly = new BetterSqlite3(file, { readonly: true });
    const error = await thrownBy(() => readOnly.exec("insert into t values (1)"));
    readOnly.close();
    await rm(dir, { recursive: true });
    expect((error as { code?: string }).code).toBe("SQLITE_READONLY");
    expect(storageFaultOf(error)?.code).toBe("storage_read_only");
  });

  it("reads a refused PostgreSQL connection as database_unavailable", async () => {
    // Port 1 on loopback: nothing listens there.
    const client = new pg.Client({ connectionString: "postgres://ascent@127.0.0.1:1/ascent" });
    const error = await thrownBy(() => client.connect());
    expect(storageFaultOf(error)?.code).toBe("database_unavailable");
  });

  it("knows the codes of a full disk and a read-only PostgreSQL, also as the cause of another error", () => {
    expect(storageFaultOf(Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" }))?.code).toBe(
      "storage_full",
    );
    const pgFull = Object.assign(new Error("could not extend file"), { code: "53100" });
    expect(storageFaultOf(new Error("Migration failed", { cause: pgFull }))?.code).toBe("storage_full");
    const readOnly = Object.assign(new Error("cannot execute INSERT in a read-only transaction"), { code: "25006" });
    expect(storageFaultOf(readOnly)?.code).toBe("storage_read_only");
  });

  it("leaves everything else alone: a bug stays a 500", () => {
    expect(storageFaultOf(new TypeError("x is undefined"))).toBeNull();
    expect(storageFaultOf(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBeNull();
    expect(storageFaultOf(Object.assign(new Error("no such table"), { code: "SQLITE_ERROR" }))).toBeNull();
    expect(storageFaultOf(null)).toBeNull();
  });
});
