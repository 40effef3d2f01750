/**
 * The benchmark's own PostgreSQL database (`ascent_bench`) on a given server: reused when it
 * already holds the same large organisation loaded at this very schema (the migrations' names and
 * fingerprint, kept as the database's comment), else recreated and loaded — never migrated in
 * place, so what is measured is what a fresh load gives.
 */
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import pg from "pg";
import { type AscentDatabase, openDatabase } from "../engine/open-database.js";
import { appliedMigrations, migrateToLatest } from "../migrations/migrate-to-latest.js";
import { MIGRATIONS } from "../migrations/migration-provider.js";
import { type LargeLoadOptions, largeRecipe, loadLargeOrganisation } from "./load-large-organisation.js";
import { schemaFingerprint } from "./schema-fingerprint.js";

export const BENCH_DATABASE = "ascent_bench";

/** The opened database, whether it was reused, and how long the load took. */
export interface BenchPostgres {
  readonly database: AscentDatabase;
  readonly reused: boolean;
  readonly ms: number;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs statements on one short-lived connection to the server's maintenance database. */
async function onServer(url: string, statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres"), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** True when the server answers (one attempt, a few seconds at most). */
export async function postgresReachable(url: string): Promise<boolean> {
  try {
    await onServer(url, ["select 1"]);
    return true;
  } catch {
    return false;
  }
}

/** True when the database was loaded at exactly this code's schema (see the file comment). */
async function atThisSchema(database: AscentDatabase): Promise<boolean> {
  const applied = await appliedMigrations(database);
  if (JSON.stringify(applied) !== JSON.stringify(Object.keys(MIGRATIONS))) return false;
  const { rows } = await sql<{ comment: string | null }>`
    select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()`.execute(
    database.db,
  );
  return rows[0]?.comment === `schema ${schemaFingerprint()}`;
}

async function holdsRecipe(database: AscentDatabase, options: LargeLoadOptions): Promise<boolean> {
  const row = await database.db.selectFrom("organisation").select("settings").executeTakeFirst();
  if (!row) return false;
  const stored = JSON.parse(row.settings).large;
  const count = await sql<{ n: string | number }>`select count(*) as n from check_in`.execute(database.db);
  const recipe = largeRecipe(options);
  return (
    JSON.stringify(stored) === JSON.stringify(recipe) &&
    Number(count.rows[0]?.n) === Number(recipe.people) * Number(recipe.checkInsPerPerson)
  );
}

/** Opens `ascent_bench` on the server of `url` holding the large organisation of `options`. */
export async function openBenchPostgres(url: string, options: LargeLoadOptions): Promise<BenchPostgres> {
  const benchUrl = withDatabase(url, BENCH_DATABASE);
  // CREATE DATABASE has no IF NOT EXISTS; a duplicate (42P04) means it is there to be checked.
  try {
    await onServer(url, [`create database ${BENCH_DATABASE}`]);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error;
  }
  let database = await openDatabase({ url: benchUrl, retry: { attempts: 1 } });
  if ((await atThisSchema(database)) && (await holdsRecipe(database, options))) {
    return { database, reused: true, ms: 0 };
  }
  await database.close();
  await onServer(url, [`drop database if exists ${BENCH_DATABASE} with (force)`, `create database ${BENCH_DATABASE}`]);
  database = await openDatabase({ url: benchUrl, retry: { attempts: 1 } });
  const start = performance.now();
  await migrateToLatest(database);
  await loadLargeOrganisation(database, options);
  const ms = performance.now() - start;
  await sql.raw(`comment on database ${BENCH_DATABASE} is 'schema ${schemaFingerprint()}'`).execute(database.db);
  return { database, reused: false, ms };
}
