/**
 * `ascent migrate-to-postgres` through the real binary: a demo installation on SQLite moves into a
 * fresh PostgreSQL database (the real server at TEST_DATABASE_URL when set, else PGlite over its
 * socket), both export the same bytes, everything a backup keeps came along, and a target that is
 * not empty is refused in one line.
 */
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FreshPostgres, freshPgliteDatabase, freshServerDatabase } from "../store/testing/postgres-test-server.js";
import { scratchDir } from "./testing/cli-targets.js";
import { type CliResult, INIT_DEMO_ARGS, runCliAsync } from "./testing/run-cli.js";

const PASSWORD = "correct horse battery\n";
const serverUrl = process.env.TEST_DATABASE_URL?.trim();

function ok(result: CliResult): CliResult {
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.status, result.stderr).toBe(0);
  return result;
}

/** Rows per table (Kysely's bookkeeping aside) and every account's password hash, read with SQL. */
interface Contents {
  readonly counts: Record<string, number>;
  readonly hashes: string[];
}

function sqliteContents(file: string): Contents {
  const db = new Sqlite(file, { readonly: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .all() as { name: string }[];
    const counts: Record<string, number> = {};
    for (const { name } of tables.filter((t) => !t.name.startsWith("kysely_"))) {
      counts[name] = (db.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n;
    }
    const hashes = (db.prepare("select password_hash from account order by id").all() as { password_hash: string }[])
      .map((row) => row.password_hash)
      .filter(Boolean);
    return { counts, hashes };
  } finally {
    db.close();
  }
}

async function postgresContents(url: string): Promise<Contents> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "select c.relname as name from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' order by c.relname",
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows.filter((t) => !t.name.startsWith("kysely_"))) {
      counts[name] = Number((await client.query<{ n: string }>(`select count(*) as n from "${name}"`)).rows[0]?.n);
    }
    const hashes =
      "account" in counts
        ? (await client.query<{ password_hash: string }>("select password_hash from account order by id")).rows
            .map((row) => row.password_hash)
            .filter(Boolean)
        : [];
    return { counts, hashes };
  } finally {
    await client.end();
  }
}

describe(`ascent migrate-to-postgres (${serverUrl ? "PostgreSQL server" : "PGlite"})`, () => {
  const dir = scratchDir();
  const dataDir = join(dir, "data");
  const sqliteEnv = { ASCENT_DATA_DIR: dataDir, ASCENT_DATABASE_URL: "" };
  const databases: FreshPostgres[] = [];
  const freshPostgres = async () => {
    const database = serverUrl ? await freshServerDatabase(serverUrl) : await freshPgliteDatabase();
    databases.push(database);
    return database;
  };
  const cli = (args: string[], env: NodeJS.ProcessEnv = sqliteEnv, input?: string) =>
    runCliAsync(args, { env, timeoutMs: 120_000, ...(input !== undefined ? { input } : {}) });
  let target: FreshPostgres;
  let moved: CliResult;

  beforeAll(async () => {
    ok(await cli([...INIT_DEMO_ARGS], sqliteEnv, PASSWORD));
    target = await freshPostgres();
    moved = await cli(["migrate-to-postgres", target.url]);
  }, 180_000);
  afterAll(async () => {
    for (const database of databases) await database.drop();
    const { rmSync } = await import("node:fs");
    rmSync(dir, { recursive: true, force: true });
  });

  it("moves the database and says the organisation export is byte-identical", () => {
    ok(moved);
    expect(moved.stderr).toMatch(/✓ Moved .*ascent\.db to .*: \d+ rows in \d+ tables/);
    expect(moved.stderr).toMatch(/✓ Verified: the organisation export is byte-identical on both/);
    // The password in the URL is never echoed.
    expect(moved.stderr).not.toContain("password@");
  });

  it("exports the same bytes from SQLite and from PostgreSQL", async () => {
    const fromSqlite = ok(await cli(["export", "--format", "json"])).stdout;
    const fromPostgres = ok(await cli(["export", "--format", "json"], { ASCENT_DATABASE_URL: target.url })).stdout;
    expect(fromSqlite.length).toBeGreaterThan(10_000);
    expect(fromPostgres).toBe(fromSqlite);
  });

  it("keeps everything a backup keeps: every table's rows and the password hashes", async () => {
    const before = sqliteContents(join(dataDir, "ascent.db"));
    const after = await postgresContents(target.url);
    expect(after.counts).toEqual(before.counts);
    expect(before.counts.audit_log).toBeGreaterThan(0);
    expect(before.counts.current_position).toBeGreaterThan(0);
    expect(after.hashes).toEqual(before.hashes);
    expect(after.hashes.length).toBeGreaterThan(0);
    // The admin can still act on PostgreSQL (the CLI acts as the earliest admin account).
    const roles = ok(
      await cli(["user", "role", "ada@example.com", "--json"], {
        ASCENT_DATABASE_URL: target.url,
      }),
    );
    expect(JSON.parse(roles.stdout)).toMatchObject({ email: "ada@example.com", roles: ["admin"] });
  });

  it("refuses a target that is not empty, in one line, and leaves it as it was", async () => {
    const before = await postgresContents(target.url);
    const again = await cli(["migrate-to-postgres", target.url]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /^ascent: the PostgreSQL database \S+ is not empty \(it already holds Ascent data\): migrate-to-postgres only moves into an empty database\n$/,
    );
    expect(await postgresContents(target.url)).toEqual(before);
  });

  it("refuses a database holding tables of something else, before creating any table", async () => {
    const other = await freshPostgres();
    const client = new pg.Client({ connectionString: other.url });
    await client.connect();
    try {
      await client.query("create table invoices (id int primary key)");
    } finally {
      await client.end();
    }
    const refused = await cli(["migrate-to-postgres", other.url]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toMatch(/is not empty \(it has tables Ascent did not create: invoices\)/);
    expect(Object.keys((await postgresContents(other.url)).counts)).toEqual(["invoices"]);
  });

  it("refuses what is not a PostgreSQL URL, and a data folder with no database", async () => {
    const bad = await cli(["migrate-to-postgres", "mysql://somewhere/db"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(
      "ascent: the target must be a PostgreSQL URL (postgres://user:password@host:5432/database)",
    );
    const nowhere = await cli(["migrate-to-postgres", target.url, "--data-dir", join(dir, "nothing-here")]);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr.trim()).toMatch(/^ascent: no Ascent database in .*nothing-here: run `ascent init` first/);
  });
});
