/**
 * The benchmark's own PostgreSQL database (`ascent_bench`) on a given server: reused when it
 * already holds the same large organisation at this schema version, else recreated and loaded.
 */
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import pg from "pg";
import { type AscentDatabase, openDatabase } from "../engine/open-database.js";
import { migrateToLatest } from "../migrations/migrate-to-latest.js";
import { type LargeLoadOptions, largeRecipe, loadLargeOrganisation } from "./load-large-organisation.js";

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
  await migrateToLatest(database);
  if (await holdsRecipe(database, options)) return { database, reused: true, ms: 0 };
  await database.close();
  await onServer(url, [`drop database if exists ${BENCH_DATABASE} with (force)`, `create database ${BENCH_DATABASE}`]);
  database = await openDatabase({ url: benchUrl, retry: { attempts: 1 } });
  const start = performance.now();
  await migrateToLatest(database);
  await loadLargeOrganisation(database, options);
  return { database, reused: false, ms: performance.now() - start };
}
