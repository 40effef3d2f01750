/**
 * Storage at scale: the large organisation (100,000 people, ~2,000,000 check-ins at
 * BENCH_SCALE=1) loaded on SQLite and on PostgreSQL, then the distribution, pipeline and coverage
 * dashboard reads, each against `SELECT count(*) FROM person` in the same run (target ≤ 3×), with
 * their plans. The reads are the very queries the dashboard services make: the distribution and
 * the pipeline read the maintained aggregates (stage_count, pipeline_month); coverage reads the
 * maintained figures (coverage_count) and its first page of teams (team_coverage). Also the inbox
 * read of a mentor of 30 (benchInbox), on the same ratio and target.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DEMO_NOW } from "@ascent/core";
import { type Kysely, sql } from "kysely";
import { COVERAGE_PAGE, GROUPS_LISTED } from "../packages/server/src/app/dashboards/get-leadership-coverage.service.js";
import { readInbox } from "../packages/server/src/app/inbox/read-inbox.js";
import { CHECK_IN_REQUESTED } from "../packages/server/src/app/people/ask-mentor-for-check-in.service.js";
import type { AscentDatabase } from "../packages/server/src/store/engine/open-database.js";
import { openBenchPostgres, postgresReachable } from "../packages/server/src/store/large/bench-postgres-database.js";
import { openCachedLargeSqlite } from "../packages/server/src/store/large/cached-large-sqlite.js";
import type { LargeLoadProgress } from "../packages/server/src/store/large/load-large-organisation.js";
import { plansOf } from "../packages/server/src/store/large/query-plan.js";
import { coverageReads, pipelineDeltas, stageCounts } from "../packages/server/src/store/queries/dashboard.queries.js";
import type { Database } from "../packages/server/src/store/schema/database.js";
import { printRatio } from "./harness.js";

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
  const [firstMonth, lastMonth] = pipelineWindow(DEMO_NOW);
  // The service's first page (the web's first view), as getLeadershipCoverage asks for it.
  const coverage = (db: Kysely<Database>, teamIds: readonly string[] | null) =>
    coverageReads(db, teamIds, { limit: COVERAGE_PAGE, groupLimit: GROUPS_LISTED, after: null });
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
      name: "coverage (figures + first page of teams)",
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
    const statement = plan.sql.replace(/\s+/g, " ").trim();
    console.log(`    ${label} — ${plan.usesIndex ? "uses an index" : "no index"}: ${statement.slice(0, 110)}…`);
    for (const step of plan.plan) console.log(`      ${step}`);
  }
  return usesIndex;
}

/** A read slower than this (one timed run) is measured with fewer runs: 5 after 1 warm-up. */
const SLOW_READ_MS = 50;

/** The baseline: `SELECT count(*) FROM person` through the same driver path as the reads. */
const countPeople = (db: Kysely<Database>) => sql`select count(*) from person`.execute(db);

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Medians of the baseline and of a read, measured in turns (baseline, read, baseline, read…) so
 * both see the same moments of a shared machine; a baseline measured once, up front, in a
 * millisecond's window, made the ratio of a 50 µs read swing by 2× from run to run. Fast reads get
 * 101 turns after 10 warm-ups (about 10 ms); a read slower than SLOW_READ_MS gets 5 after 1.
 */
async function pairedMedians(db: Kysely<Database>, read: () => Promise<unknown>) {
  const start = performance.now();
  await read();
  const { runs, warmup } =
    performance.now() - start > SLOW_READ_MS ? { runs: 5, warmup: 1 } : { runs: 101, warmup: 10 };
  const baseline: number[] = [];
  const reading: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const a = performance.now();
    await countPeople(db);
    const b = performance.now();
    await read();
    const c = performance.now();
    if (i >= warmup) {
      baseline.push(b - a);
      reading.push(c - b);
    }
  }
  return { baselineMs: median(baseline), medianMs: median(reading) };
}

/** Medians and plans of the dashboard reads on one engine; true when every counted read meets the target. */
async function benchDashboards(engine: string, database: AscentDatabase): Promise<boolean> {
  const db = database.db;
  let ok = true;
  for (const read of reads()) {
    const { baselineMs, medianMs } = await pairedMedians(db, () => read.run(db));
    const met = printRatio({
      name: `${engine}: ${read.name}`,
      medianMs,
      baselineName: "count(person)",
      baselineMs,
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

/** Mentees of the inbox bench's mentor. */
const INBOX_MENTEES = 30;

/**
 * The inbox read (app/inbox/read-inbox: the one statement and the rules) for a mentor of 30 in the
 * large organisation, against count(person) (target ≤ 3×). The mentor, their 30 mentorships and a
 * check-in request from each mentee are planted for the run and removed after it, so the loaded
 * organisation (cached on disk, reused on PostgreSQL) is left as it was.
 */
async function benchInbox(engine: string, database: AscentDatabase): Promise<boolean> {
  const db = database.db;
  const mentees = await db
    .selectFrom("person")
    .select("id")
    .orderBy("id")
    .limit(INBOX_MENTEES + 1)
    .execute();
  const mentorId = mentees[0]!.id;
  const ids = mentees.slice(1).map((p) => p.id);
  const mentorshipIds = ids.map((_, i) => `bench-inbox-mentorship-${i}`);
  const requestIds = ids.map((_, i) => `bench-inbox-request-${i}`);
  const at = new Date(Date.parse(DEMO_NOW) - 86_400_000).toISOString();
  await db
    .insertInto("mentorship")
    .values(
      ids.map((menteeId, i) => ({
        id: mentorshipIds[i]!,
        mentor_id: mentorId,
        mentee_id: menteeId,
        started_at: "2020-01-01T00:00:00.000Z",
        ended_at: null,
        cadence_days: 28,
      })),
    )
    .execute();
  await db
    .insertInto("audit_log")
    .values(
      ids.map((menteeId, i) => ({
        id: requestIds[i]!,
        at,
        actor_id: null,
        action: CHECK_IN_REQUESTED,
        target_kind: "person",
        target_id: mentorId,
        details: JSON.stringify({ menteeId, mentorshipId: mentorshipIds[i], message: "" }),
      })),
    )
    .execute();
  try {
    const ctx = { db, now: () => DEMO_NOW, newId: () => "unused" };
    const items = await readInbox(ctx, mentorId);
    const { baselineMs, medianMs } = await pairedMedians(db, () => readInbox(ctx, mentorId));
    const met = printRatio({
      name: `${engine}: inbox of a mentor of ${ids.length} (${items.length} items)`,
      medianMs,
      baselineName: "count(person)",
      baselineMs,
      target: TARGET,
    });
    const indexed = await printPlans(database, "inbox", (d) => readInbox({ ...ctx, db: d }, mentorId));
    return met && indexed;
  } finally {
    await db.deleteFrom("audit_log").where("id", "in", requestIds).execute();
    await db.deleteFrom("mentorship").where("id", "in", mentorshipIds).execute();
  }
}

/** The storage benchmarks; true when every target holds. */
export async function benchStorage(): Promise<boolean> {
  const scale = benchScale();
  const people = Math.max(24, Math.round(FULL_PEOPLE * scale));
  const load = { seed: SEED, people, checkInsPerPerson: CHECK_INS_PER_PERSON };
  console.log(`BENCH_SCALE=${scale}: ${people} people, ${people * CHECK_INS_PER_PERSON} check-ins`);
  let ok = true;

  const dataDir = await mkdtemp(join(tmpdir(), "ascent-bench-"));
  try {
    const sqlite = await openCachedLargeSqlite({ ...load, dataDir, onProgress: progressLine("sqlite") });
    if (process.stdout.isTTY) process.stdout.write("\r");
    console.log(
      `sqlite: large load ${(sqlite.ms / 1000).toFixed(2)} s ${sqlite.fromCache ? "(copied from cache)" : "(generated, now cached)"} ${sqlite.cacheFile}`,
    );
    try {
      ok = (await benchDashboards("sqlite", sqlite.database)) && ok;
      ok = (await benchInbox("sqlite", sqlite.database)) && ok;
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
    ok = (await benchDashboards("postgres", postgres.database)) && ok;
    ok = (await benchInbox("postgres", postgres.database)) && ok;
  } finally {
    await postgres.database.close();
  }
  return ok;
}

// Run directly: `BENCH_SCALE=0.05 node --conditions=source --import tsx bench/storage.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit((await benchStorage()) ? 0 : 1);
}
