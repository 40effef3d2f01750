/**
 * The plans of the statements a piece of code runs, for benchmarks: the code runs once against a
 * Kysely that logs over the same handle, then each logged statement is explained by the engine
 * (EXPLAIN on PostgreSQL, EXPLAIN QUERY PLAN on SQLite).
 */
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import type { AscentDatabase } from "../engine/open-database.js";
import type { Database } from "../schema/database.js";

/** One statement's plan, and whether any step of it reads through an index. */
export interface QueryPlan {
  readonly sql: string;
  readonly plan: readonly string[];
  readonly usesIndex: boolean;
}

const INDEX_STEP = /Index (Only )?Scan|Bitmap Index Scan|USING (COVERING )?INDEX|USING (INTEGER )?PRIMARY KEY/;

/** Runs `work` once and returns the plan of every statement it ran. */
export async function plansOf(database: AscentDatabase, work: (db: Kysely<Database>) => Promise<unknown>) {
  const queries: CompiledQuery[] = [];
  const native = database.native;
  const dialect =
    native.dialect === "sqlite"
      ? new SqliteDialect({ database: native.sqlite })
      : new PostgresDialect({ pool: native.pool });
  // Never destroyed: that would close the handle the database still owns.
  const logging = new Kysely<Database>({
    dialect,
    log: (event) => {
      if (event.level === "query") queries.push(event.query);
    },
  });
  await work(logging);
  const plans: QueryPlan[] = [];
  for (const query of queries) {
    const plan =
      native.dialect === "sqlite"
        ? native.sqlite
            .prepare(`explain query plan ${query.sql}`)
            .all(...query.parameters)
            .map((row) => String((row as { detail: string }).detail))
        : (await native.pool.query(`explain ${query.sql}`, [...query.parameters])).rows.map((row) =>
            String((row as { "QUERY PLAN": string })["QUERY PLAN"]),
          );
    plans.push({ sql: query.sql, plan, usesIndex: plan.some((step) => INDEX_STEP.test(step)) });
  }
  return plans;
}
