/** The server engine: PostgreSQL through a `pg` connection pool. */
import { PostgresDialect } from "kysely";
import pg from "pg";
import { connectWithRetry } from "./connect-with-retry.js";
import type { RetryOptions } from "./database-config.js";

/** `host:port/database` of a PostgreSQL URL: enough to say what was tried, never the password. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
    return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}/${database}`;
  } catch {
    return "an unparseable PostgreSQL URL";
  }
}

/** Opens a pool and proves it works with one round trip, retrying while the server is not there yet. */
export async function openPostgresPool(url: string, poolSize: number, retry: RetryOptions = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // Without a bound, a blackholed host makes each attempt hang for minutes.
    connectionTimeoutMillis: 5000,
    application_name: "ascent",
  });
  // An idle client that breaks (server restart) is dropped by the pool and replaced on next use;
  // without a listener, its error event would crash the process.
  pool.on("error", () => {});
  try {
    await connectWithRetry(
      `PostgreSQL ${describePostgresUrl(url)}`,
      async () => {
        const client = await pool.connect();
        try {
          await client.query("select 1");
        } finally {
          client.release();
        }
      },
      retry,
    );
    return pool;
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
}

/** A Kysely dialect over a pool. */
export function postgresDialect(pool: pg.Pool): PostgresDialect {
  return new PostgresDialect({ pool });
}
