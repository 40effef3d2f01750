/**
 * The 100,000-row figure: a whole organisation imported on SQLite in one transaction, bounded
 * well under a minute. PostgreSQL runs the same code at 5,000 rows in the regular suite
 * (import-org-chart.service.test.ts), since PGlite is single-threaded and much slower.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type AscentDatabase, openDatabase } from "../store/engine/open-database.js";
import { bulkIndexes } from "../store/large/bulk-indexes.js";
import { migrateToLatest } from "../store/migrations/migrate-to-latest.js";
import { commitOrgChartImport, previewOrgChartImport } from "./import-org-chart.service.js";
import { checkOrgChart } from "./org-chart.check.js";
import { generatedOrgChart } from "./org-chart-test.helpers.js";

const ROWS = 100_000;

describe("org-chart import at scale (sqlite)", () => {
  let database: AscentDatabase | undefined;
  let dataDir = "";
  afterAll(async () => {
    await database?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(`imports ${ROWS.toLocaleString("en")} people in under 60 s and re-checks them as unchanged`, {
    timeout: 120_000,
  }, async () => {
    dataDir = await mkdtemp(join(tmpdir(), "ascent-import-scale-"));
    database = await openDatabase({ dataDir });
    await migrateToLatest(database);
    const bytes = generatedOrgChart(ROWS);

    const checkStarted = performance.now();
    const report = checkOrgChart(bytes);
    const checkSeconds = (performance.now() - checkStarted) / 1000;
    expect(report.ok).toBe(true);

    const indexes = () => bulkIndexes(database!.db, "sqlite", ["person", "mentorship"]);
    const indexesBefore = await indexes();
    const started = performance.now();
    const result = await commitOrgChartImport(database.db, bytes);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[org-chart import] sqlite: ${ROWS} rows (${(bytes.length / 1e6).toFixed(1)} MB) committed in ${seconds.toFixed(2)} s = ` +
        `${Math.round(ROWS / seconds)} rows/s (pure check alone: ${checkSeconds.toFixed(2)} s)`,
    );
    expect(result.written.peopleCreated).toBe(ROWS);
    expect(result.written.mentorshipsStarted).toBe(ROWS - 10);
    expect(seconds).toBeLessThan(60);
    // Built once after the rows rather than row by row: every index is back, as migrated.
    expect(await indexes()).toEqual(indexesBefore);

    const previewStarted = performance.now();
    const again = await previewOrgChartImport(database.db, bytes);
    console.log(
      `[org-chart import] sqlite: re-preview of ${ROWS} rows in ${((performance.now() - previewStarted) / 1000).toFixed(2)} s`,
    );
    expect(again.summary.unchanged).toBe(ROWS);
  });
});
