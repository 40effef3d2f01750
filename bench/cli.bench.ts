/**
 * The `ascent` binary, end to end:
 *  (a) importing a 100,000-row org chart (`ascent import people.csv` into a fresh SQLite data
 *      folder, timed from spawn to exit) against the driver's raw bulk insert of the same rows
 *      (one better-sqlite3 prepared statement, one transaction, into the `person` table of a fresh
 *      migrated database): throughput ratio, target ≥ 0.5;
 *  (b) the cold start of `ascent --version` against `node -e 0`: target ≤ 3×.
 * Both baselines are measured in the same run. BENCH_CLI_ROWS overrides the row count.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

/** Milliseconds of `ascent import <csv>` into a freshly initialised SQLite data folder (init not timed). */
function timeBinaryImport(csvFile: string): number {
  const dir = mkdtempSync(join(tmpdir(), "ascent-bench-cli-"));
  try {
    const env = { ASCENT_DATA_DIR: join(dir, "data") };
    ascent(
      ["init", "--yes", "--admin-email", "admin@example.org", "--admin-name", "Admin", "--admin-password-stdin"],
      env,
      "correct horse battery staple\n",
    );
    const started = performance.now();
    ascent(["import", csvFile], env);
    return performance.now() - started;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds of the driver's raw bulk insert of the same people into a fresh migrated database. */
async function timeRawInsert(rows: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "ascent-bench-raw-"));
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrateToLatest(database);
    if (database.native.dialect !== "sqlite") throw new Error("expected SQLite");
    const sqlite = database.native.sqlite;
    const joined = new Date("2026-01-01T00:00:00.000Z").toISOString();
    const insert = sqlite.prepare(
      `insert into person (id, name, email, team_id, title, status, roles, joined_at, staying_by_choice, version)
       values (?, ?, ?, null, '', 'active', ?, ?, null, 1)`,
    );
    const started = performance.now();
    sqlite.transaction(() => {
      for (let i = 0; i < rows; i++) {
        const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;
        insert.run(id, `Person ${i}`, `person${i}@example.com`, i < 100 ? '["lead"]' : "[]", joined);
      }
    })();
    return performance.now() - started;
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
    const imports: number[] = [];
    const raws: number[] = [];
    for (let run = 0; run < IMPORT_RUNS; run++) {
      imports.push(timeBinaryImport(csvFile));
      raws.push(await timeRawInsert(ROWS));
    }
    const importMs = median(imports);
    const rawMs = median(raws);
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
