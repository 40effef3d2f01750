/**
 * The `ascent` binary, end to end:
 *  (a) importing a 100,000-row org chart (`ascent import people.csv` into a fresh SQLite data
 *      folder, timed from spawn to exit) against the driver's raw bulk insert of the same rows
 *      (its groups, teams, people, leads and mentorships: one better-sqlite3 prepared statement per
 *      table, one transaction, into a fresh migrated database): throughput ratio, target ≥ 0.5;
 *  (b) the cold start of `ascent --version` against `node -e 0`: target ≤ 3×.
 * Both baselines are measured in the same run. BENCH_CLI_ROWS overrides the row count. The CPU
 * time of both sides is printed too, for reference: on a shared machine the wall clock also
 * counts whatever else runs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../packages/server/src/store/engine/open-database.js";
import { migrateToLatest } from "../packages/server/src/store/migrations/migrate-to-latest.js";
import { medianMs, printRatio } from "./harness.js";

const ROWS = Number(process.env.BENCH_CLI_ROWS ?? 100_000);
const IMPORT_RUNS = 3;
const IMPORT_TARGET = 0.5;
const START_TARGET = 3;
const bin = fileURLToPath(new URL("../packages/server/bin/ascent.js", import.meta.url));

/** A deterministic org chart: 100 teams in 10 groups, a lead per team, each person mentored by the one before in their team. */
export function orgChartCsv(rows: number): string {
  const lines = ["name,email,team,group,mentor,role"];
  for (let i = 0; i < rows; i++) {
    const team = i % 100;
    const mentor = i >= 100 ? `person${i - 100}@example.com` : "";
    lines.push(
      `Person ${i},person${i}@example.com,Team ${team},Group ${team % 10},${mentor},${i < 100 ? "lead" : "member"}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Runs the real binary; throws with its stderr when it fails. */
function ascent(args: readonly string[], env: NodeJS.ProcessEnv, input?: string): void {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, NO_COLOR: "1", ASCENT_DATABASE_URL: "", ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...(input !== undefined ? { input } : {}),
  });
  if (result.status !== 0) throw new Error(`ascent ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
}

/** A run's wall-clock and CPU (user + system) milliseconds. */
interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * CPU milliseconds of the children this process has waited for, from /proc (Linux; NaN elsewhere).
 * Shown beside the wall-clock figures: on a shared machine wall time also counts other people's work.
 */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // After "(command) ": state is field 3, cutime and cstime are fields 16 and 17, in clock ticks.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[13]) + Number(fields[14]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** Linux's USER_HZ, the unit of /proc's CPU times (100 on every common kernel). */
const CLOCK_TICKS_PER_SECOND = 100;

/** Milliseconds of `ascent import <csv>` into a freshly initialised SQLite data folder (init not timed). */
function timeBinaryImport(csvFile: string): Timing {
  const dir = mkdtempSync(join(tmpdir(), "ascent-bench-cli-"));
  try {
    const env = { ASCENT_DATA_DIR: join(dir, "data") };
    ascent(
      ["init", "--yes", "--admin-email", "admin@example.org", "--admin-name", "Admin", "--admin-password-stdin"],
      env,
      "correct horse battery staple\n",
    );
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    ascent(["import", csvFile], env);
    return { wallMs: performance.now() - started, cpuMs: childrenCpuMs() - cpuBefore };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Milliseconds of the driver's raw bulk insert of the same rows into a fresh migrated database:
 * everything the CSV says — its groups, teams, people (in their teams), team leads and mentorships —
 * with one prepared statement per table in one transaction, and nothing else (no parsing, no checks).
 */
async function timeRawInsert(rows: number): Promise<Timing> {
  const dir = mkdtempSync(join(tmpdir(), "ascent-bench-raw-"));
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrateToLatest(database);
    if (database.native.dialect !== "sqlite") throw new Error("expected SQLite");
    const sqlite = database.native.sqlite;
    const joined = new Date("2026-01-01T00:00:00.000Z").toISOString();
    const insertGroup = sqlite.prepare('insert into "group" (id, name) values (?, ?)');
    const insertTeam = sqlite.prepare("insert into team (id, name, group_id) values (?, ?, ?)");
    const insertPerson = sqlite.prepare(
      `insert into person (id, name, email, team_id, title, status, roles, joined_at, staying_by_choice, version)
       values (?, ?, ?, ?, '', 'active', ?, ?, null, 1)`,
    );
    const insertLead = sqlite.prepare("insert into team_lead (team_id, person_id, position) values (?, ?, 0)");
    const insertMentorship = sqlite.prepare(
      `insert into mentorship (id, mentor_id, mentee_id, started_at, ended_at, cadence_days)
       values (?, ?, ?, ?, null, 14)`,
    );
    const idOf = (kind: number, i: number) => `00000000-0000-4000-800${kind}-${i.toString(16).padStart(12, "0")}`;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    sqlite.transaction(() => {
      for (let g = 0; g < 10; g++) insertGroup.run(idOf(1, g), `Group ${g}`);
      for (let t = 0; t < 100; t++) insertTeam.run(idOf(2, t), `Team ${t}`, idOf(1, t % 10));
      for (let i = 0; i < rows; i++) {
        const team = idOf(2, i % 100);
        insertPerson.run(
          idOf(0, i),
          `Person ${i}`,
          `person${i}@example.com`,
          team,
          i < 100 ? '["lead"]' : "[]",
          joined,
        );
        if (i < 100) insertLead.run(team, idOf(0, i));
        if (i >= 100) insertMentorship.run(idOf(3, i), idOf(0, i - 100), idOf(0, i), joined);
      }
    })();
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs the CLI benchmarks; false when a target is missed. */
export async function benchCli(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), "ascent-bench-csv-"));
  try {
    const csvFile = join(dir, "people.csv");
    writeFileSync(csvFile, orgChartCsv(ROWS));

    // (a) import throughput against the raw insert, medians of a few runs each.
    const imports: Timing[] = [];
    const raws: Timing[] = [];
    for (let run = 0; run < IMPORT_RUNS; run++) {
      imports.push(timeBinaryImport(csvFile));
      raws.push(await timeRawInsert(ROWS));
    }
    const importMs = median(imports.map((t) => t.wallMs));
    const rawMs = median(raws.map((t) => t.wallMs));
    const importRate = ROWS / (importMs / 1000);
    const rawRate = ROWS / (rawMs / 1000);
    const ratio = importRate / rawRate;
    const importOk = ratio >= IMPORT_TARGET;
    console.log(
      `${`ascent import (${ROWS.toLocaleString("en")} rows, end to end)`.padEnd(46)} ${importMs.toFixed(0).padStart(9)} ms = ${Math.round(importRate).toLocaleString("en")} rows/s`,
    );
    console.log(
      `${"raw insert (better-sqlite3, one transaction)".padEnd(46)} ${rawMs.toFixed(0).padStart(9)} ms = ${Math.round(rawRate).toLocaleString("en")} rows/s`,
    );
    console.log(
      `${"import / raw throughput".padEnd(46)} ratio ${ratio.toFixed(2)}×  target ≥ ${IMPORT_TARGET}× ${importOk ? "✓" : "✗ MISSED"}`,
    );
    const importCpu = median(imports.map((t) => t.cpuMs));
    const rawCpu = median(raws.map((t) => t.cpuMs));
    console.log(
      `${"  (cpu time, for reference: import / raw)".padEnd(46)} ${importCpu.toFixed(0).padStart(9)} ms / ${rawCpu.toFixed(0)} ms = ratio ${(rawCpu / importCpu).toFixed(2)}×`,
    );

    // (b) cold start: a new process each time, after a warm-up spawn to fill the file cache.
    const spawnOnce = (args: readonly string[]) => {
      const result = spawnSync(process.execPath, [...args], { encoding: "utf8" });
      if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
    };
    const versionMs = await medianMs(() => spawnOnce([bin, "--version"]), { runs: 11, warmup: 2 });
    const nodeMs = await medianMs(() => spawnOnce(["-e", "0"]), { runs: 11, warmup: 2 });
    const startOk = printRatio({
      name: "ascent --version (cold start)",
      medianMs: versionMs,
      baselineName: "node -e 0",
      baselineMs: nodeMs,
      target: START_TARGET,
    });
    return importOk && startOk;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
