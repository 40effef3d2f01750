/**
 * Fresh PostgreSQL databases for tests: on the real server named by TEST_DATABASE_URL (one
 * uniquely named database each, dropped afterwards), or else on PGlite (one schema each, since a
 * PGlite instance holds a single database).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { type PgliteServer, startPgliteServer } from "./pglite-server.js";

/** A fresh database: the URL to connect to and how to remove it. */
export interface FreshPostgres {
  readonly url: string;
  drop(): Promise<void>;
}

/** `ascent_test_` and 12 random hex digits: unique across parallel workers and CI runs. */
function uniqueName(): string {
  return `ascent_test_${randomBytes(6).toString("hex")}`;
}

/** Runs one statement on its own short-lived connection. */
async function runOnce(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The URL of the same server with another database. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A new database on the real server; its URL's own database is used to issue CREATE/DROP. */
export async function freshServerDatabase(serverUrl: string): Promise<FreshPostgres> {
  const name = uniqueName();
  let adminUrl = serverUrl;
  try {
    await runOnce(adminUrl, `create database ${name}`);
  } catch (error) {
    // The URL's database may not exist (CI names /test); the maintenance database always does.
    if ((error as { code?: string }).code !== "3D000") throw error;
    adminUrl = withDatabase(serverUrl, "postgres");
    await runOnce(adminUrl, `create database ${name}`);
  }
  return {
    url: withDatabase(serverUrl, name),
    drop: () => runOnce(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

// At most one PGlite per test worker: it takes seconds and ~800 MB to start.
let workerPglite: Promise<PgliteServer> | undefined;

/** The PGlite server: the run-wide one a globalSetup provided, else this worker's own. */
async function pgliteUrl(): Promise<string> {
  const provided = inject("ascentPgliteUrl");
  if (provided) return provided;
  workerPglite ??= startPgliteServer();
  return (await workerPglite).url;
}

/** A new schema on PGlite, reached through a URL whose startup options set the search_path. */
export async function freshPgliteDatabase(): Promise<FreshPostgres> {
  const base = await pgliteUrl();
  const name = uniqueName();
  await runOnce(base, `create schema ${name}`);
  return {
    url: `${base}?options=${encodeURIComponent(`-c search_path=${name}`)}`,
    drop: () => runOnce(base, `drop schema if exists ${name} cascade`),
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Set by pglite.global-setup.ts: one PGlite server for the whole run. */
    ascentPgliteUrl?: string;
  }
}
