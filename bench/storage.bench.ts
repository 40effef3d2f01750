/**
 * Storage at scale: the large organisation (100,000 people, ~2,000,000 check-ins at
 * BENCH_SCALE=1) loaded on SQLite and on PostgreSQL, then the distribution, pipeline and coverage
 * dashboard reads, each against `SELECT count(*) FROM person` in the same run (target ≤ 3×), with
 * their plans. The reads are the very queries the dashboard services make: the distribution and
 * the pipeline read the maintained aggregates (stage_count, stage_change_month); coverage reads the
 * teams, their member counts (stage_count) and the leaders' ids (current_position).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_NOW, defaultFramework } from "@ascent/core";
import { type Kysely, sql } from "kysely";
import { coverageStage } from "../packages/server/src/app/dashboards/get-leadership-coverage.service.js";
import type { AscentDatabase } from "../packages/server/src/store/engine/open-database.js";
import { openBenchPostgres, postgresReachable } from "../packages/server/src/store/large/bench-postgres-database.js";
import { openCachedLargeSqlite } from "../packages/server/src/store/large/cached-large-sqlite.js";
import type { LargeLoadProgress } from "../packages/server/src/store/large/load-large-organisation.js";
import { plansOf } from "../packages/server/src/store/large/query-plan.js";
import {
  coverageLeaders,
  pipelineDeltas,
  stageCounts,
  teamMemberCounts,
  teamsIn,
} from "../packages/server/src/store/queries/dashboard.queries.js";
import type { Database } from "../packages/server/src/store/schema/database.js";
import { medianMs, printRatio } from "./harness.js";

const TARGET = 3;
const FULL_PEOPLE = 100_000;
const CHECK_INS_PER_PERSON = 20;
const SEED = 1;

/** BENCH_SCALE as a fraction in (0, 1], default 1. */
function benchScale(): number {
  const raw = process.env.BENCH_SCALE?.trim();
  const scale = raw ? Number(raw) : 1;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) throw new Error(`BENCH_SCALE must be in (0, 1], got ${raw}`);
  return scale;
}

/** Progress on one line, overwritten, when writing to a terminal. */
function progressLine(label: string): (p: LargeLoadProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (!process.stdout.isTTY || (now - last < 500 && p.done !== p.total)) return;
    last = now;
    process.stdout.write(`\r  ${label}: ${p.phase} ${p.done}/${p.total}          `);
  };
}

/** The first and last month ("YYYY-MM") of the pipeline's default window (24 months) up to `now`. */
function pipelineWindow(now: string): [string, string] {
  const at = new Date(now);
  const first = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 23, 1));
  return [first.toISOString().slice(0, 7), now.slice(0, 7)];
}

interface Read {
  readonly name: string;
  readonly run: (db: Kysely<Database>) => Promise<unknown>;
  /** The same read scoped to one team: a small scope must go through an index. */
  readonly scoped?: (db: Kysely<Database>) => Promise<unknown>;
  readonly counted: boolean;
}

function reads(): Read[] {
  const all = { teamIds: null };
  const oneTeam = { teamIds: ["team-000001"] };
  const stage = coverageStage(defaultFramework()).number;
  const [firstMonth, lastMonth] = pipelineWindow(DEMO_NOW);
  const coverage = (db: Kysely<Database>, teamIds: readonly string[] | null) =>
    Promise.all([teamsIn(db, teamIds), teamMemberCounts(db, teamIds), coverageLeaders(db, teamIds, stage)]);
  return [
    {
      name: "distribution (stageCounts)",
      run: (db) => stageCounts(db, all),
      scoped: (db) => stageCounts(db, oneTeam),
      counted: true,
    },
    {
      name: "pipeline (pipelineDeltas)",
      run: (db) => pipelineDeltas(db, all, firstMonth, lastMonth),
      scoped: (db) => pipelineDeltas(db, oneTeam, firstMonth, lastMonth),
      counted: true,
    },
    {
      name: "coverage (teams + members + leaders)",
      run: (db) => coverage(db, null),
      scoped: (db) => coverage(db, oneTeam.teamIds),
      counted: true,
    },
  ];
}

async function printPlans(database: AscentDatabase, label: string, work: (db: Kysely<Database>) => Promise<unknown>) {
  let usesIndex = false;
  for (const plan of await plansOf(database, work)) {
    usesIndex ||= plan.usesIndex;
    console.log(`    ${label} — ${plan.usesIndex ? "uses an index" : "no index"}: ${plan.sql.slice(0, 110)}…`);
    for (const step of plan.plan) console.log(`      ${step}`);
  }
  return usesIndex;
}

/** Medians and plans of the dashboard reads on one engine; true when every counted read meets the target. */
async function benchDashboards(engine: string, database: AscentDatabase, heavy: boolean): Promise<boolean> {
  const db = database.db;
  const runs = heavy ? { runs: 5, warmup: 1 } : { runs: 15, warmup: 3 };
  const baseline = await medianMs(() => sql`select count(*) from person`.execute(db));
  let ok = true;
  for (const read of reads()) {
    const median = await medianMs(() => read.run(db), runs);
    const met = printRatio({
      name: `${engine}: ${read.name}`,
      medianMs: median,
      baselineName: "count(person)",
      baselineMs: baseline,
      target: TARGET,
    });
    if (read.counted) ok &&= met;
    await printPlans(database, "whole organisation", read.run);
    if (read.scoped) {
      const indexed = await printPlans(database, "one team", read.scoped);
      console.log(`    one-team scope uses an index: ${indexed ? "✓" : "✗ MISSED"}`);
      if (read.counted) ok &&= indexed;
    }
  }
  return ok;
}

/** The storage benchmarks; true when every target holds. */
export async function benchStorage(): Promise<boolean> {
  const scale = benchScale();
  const people = Math.max(24, Math.round(FULL_PEOPLE * scale));
  const load = { seed: SEED, people, checkInsPerPerson: CHECK_INS_PER_PERSON };
  console.log(`BENCH_SCALE=${scale}: ${people} people, ${people * CHECK_INS_PER_PERSON} check-ins`);
  const heavy = people > 20_000;
  let ok = true;

  const dataDir = await mkdtemp(join(tmpdir(), "ascent-bench-"));
  try {
    const sqlite = await openCachedLargeSqlite({ ...load, dataDir, onProgress: progressLine("sqlite") });
    if (process.stdout.isTTY) process.stdout.write("\r");
    console.log(
      `sqlite: large load ${(sqlite.ms / 1000).toFixed(2)} s ${sqlite.fromCache ? "(copied from cache)" : "(generated, now cached)"} ${sqlite.cacheFile}`,
    );
    try {
      ok = (await benchDashboards("sqlite", sqlite.database, heavy)) && ok;
    } finally {
      await sqlite.database.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }

  const url = process.env.TEST_DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/test";
  if (!(await postgresReachable(url))) {
    console.log(`postgres: skipped — no server answers at ${new URL(url).host}`);
    return ok;
  }
  const postgres = await openBenchPostgres(url, { ...load, onProgress: progressLine("postgres") });
  if (process.stdout.isTTY) process.stdout.write("\r");
  console.log(
    postgres.reused
      ? "postgres: large load skipped — ascent_bench already holds it (drop the database to measure the load)"
      : `postgres: large load ${(postgres.ms / 1000).toFixed(2)} s into ascent_bench`,
  );
  try {
    ok = (await benchDashboards("postgres", postgres.database, heavy)) && ok;
  } finally {
    await postgres.database.close();
  }
  return ok;
}

// Run directly: `BENCH_SCALE=0.05 node --conditions=source --import tsx bench/storage.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit((await benchStorage()) ? 0 : 1);
}
