/**
 * The one org-chart import, shared by the web app and `ascent import`: preview (read only) and
 * commit (all-or-nothing, one transaction). Both run the same pure check (org-chart.check.ts)
 * against the organisation read once, so the preview shows exactly what the commit writes; the
 * commit checks once and writes the plan of that check.
 */
import type { Kysely } from "kysely";
import type { Actor } from "../app/access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../app/access/organisation-permission.js";
import { orderedIds } from "../app/context/ordered-ids.js";
import { validationFailed } from "../app/errors/app-error.js";
import { inTransaction } from "../store/repositories/in-transaction.js";
import type { Database } from "../store/schema/database.js";
import { analyseOrgChart, type CheckProgress } from "./org-chart.check.js";
import type { OrgChartCheckOptions, OrgChartIssue, OrgChartReport, OrgChartSummary } from "./org-chart.types.js";
import { type OrgChartWriteCounts, writeOrgChartPlan } from "./org-chart.writer.js";
import { readOrganisationSnapshot } from "./organisation-snapshot.reader.js";

/** Check options plus who imports and the side effects tests control. */
export interface OrgChartImportOptions extends OrgChartCheckOptions {
  /** When given, must be an admin; a non-admin gets "not found", like any request it may not make. Omit for system work (the CLI). */
  readonly actor?: Actor;
  /** The instant written as joined_at / started_at / ended_at; defaults to the real clock. */
  readonly now?: () => string;
  /** Id source for new records; defaults to time-ordered UUIDs (see ordered-ids.ts). */
  readonly newId?: () => string;
  /** Check-in cadence of mentorships the import starts; 28 days ("every 4 weeks") by default. */
  readonly mentorCadenceDays?: number;
  /** Told how far the import is, for a progress bar: the file checked, then rows written. */
  readonly onProgress?: (progress: OrgChartProgress) => void;
}

/** Where an import is: `done` of `total` bytes checked, or rows written. */
export interface OrgChartProgress {
  readonly phase: "checking" | "writing";
  readonly done: number;
  readonly total: number;
}

/** What a commit did. */
export interface OrgChartImportResult {
  readonly summary: OrgChartSummary;
  readonly written: OrgChartWriteCounts;
  readonly warnings: readonly OrgChartIssue[];
}

/** A checked file, and what was written: null when the file has errors (then nothing was). */
export interface OrgChartImportOutcome {
  readonly report: OrgChartReport;
  readonly result: OrgChartImportResult | null;
}

/** The default cadence of an imported mentorship: the product's "every 4 weeks". */
export const DEFAULT_MENTOR_CADENCE_DAYS = 28;

/**
 * Reports what importing `csvBytes` would do, writing nothing.
 *
 * @example
 * const report = await previewOrgChartImport(db, await readFile("people.csv"), { columns: { team: "Squad" } });
 */
export async function previewOrgChartImport(
  db: Kysely<Database>,
  csvBytes: Uint8Array,
  options: OrgChartImportOptions = {},
): Promise<OrgChartReport> {
  // Without an actor it is system work (the CLI, the demo loader); with one, an admin's.
  if (options.actor)
    requireOrganisationPermission(options.actor, OrganisationPermission.Administer, "organisation import");
  const snapshot = await readOrganisationSnapshot(db);
  return analyseOrgChart(csvBytes, options, snapshot, checkProgress(options)).report;
}

/**
 * Imports `csvBytes` in one transaction: creates missing groups and teams, creates or updates
 * people matched by email, moves mentorships and team leads. Any error in the file refuses the
 * whole import with `validation_failed`, each detail naming `line N, column C`; nothing is written.
 *
 * @example
 * const { summary } = await commitOrgChartImport(db, bytes, { actor });
 * console.log(`${summary.creates} added, ${summary.updates} updated`);
 */
export async function commitOrgChartImport(
  db: Kysely<Database>,
  csvBytes: Uint8Array,
  options: OrgChartImportOptions = {},
): Promise<OrgChartImportResult> {
  const { report, result } = await importOrgChart(db, csvBytes, options);
  if (result === null) throw validationFailed(report.errors.map(toFieldIssue));
  return result;
}

/**
 * As commitOrgChartImport, answering with the full report instead of throwing when the file has
 * errors (the CLI prints every error by line and column). The file is checked once, inside the
 * transaction, and the plan of that check is what gets written.
 */
export async function importOrgChart(
  db: Kysely<Database>,
  csvBytes: Uint8Array,
  options: OrgChartImportOptions = {},
): Promise<OrgChartImportOutcome> {
  // Without an actor it is system work (the CLI, the demo loader); with one, an admin's.
  if (options.actor)
    requireOrganisationPermission(options.actor, OrganisationPermission.Administer, "organisation import");
  return inTransaction(db, async (trx) => {
    // Read inside the transaction, so the plan is made against what it will change.
    const snapshot = await readOrganisationSnapshot(trx);
    const { report, plan, index } = analyseOrgChart(csvBytes, options, snapshot, checkProgress(options));
    if (plan === null) return { report, result: null };
    const onProgress = options.onProgress;
    const written = await writeOrgChartPlan(trx, plan, index, {
      now: (options.now ?? (() => new Date().toISOString()))(),
      newId: options.newId ?? orderedIds(),
      mentorCadenceDays: options.mentorCadenceDays ?? DEFAULT_MENTOR_CADENCE_DAYS,
      ...(onProgress ? { onProgress: (done, total) => onProgress({ phase: "writing", done, total }) } : {}),
    });
    return { report, result: { summary: report.summary, written, warnings: report.warnings } };
  });
}

/** The pure stage's progress, reported as the "checking" phase. */
function checkProgress(options: OrgChartImportOptions): CheckProgress | undefined {
  const onProgress = options.onProgress;
  return onProgress && ((done, total) => onProgress({ phase: "checking", done, total }));
}

/** `line 4, column email` — the field of an AppError detail for a file problem. */
export function toFieldIssue(issue: OrgChartIssue): { field: string; reason: string } {
  return {
    field: issue.column === null ? `line ${issue.line}` : `line ${issue.line}, column ${issue.column}`,
    reason: issue.reason,
  };
}
