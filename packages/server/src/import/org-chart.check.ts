/** The pure stage: bytes in, preview report (and the plan a commit would execute) out. No database. */

import { type OrgChartPlan, planOrgChartImport } from "./org-chart.plan.js";
import {
  MAX_REPORTED_ISSUES,
  type OrgChartCheckOptions,
  type OrgChartIssue,
  type OrgChartReport,
  type OrgChartSummary,
} from "./org-chart.types.js";
import { validateOrgChartRows } from "./org-chart.validation.js";
import { decodeOrgChartBytes } from "./org-chart-bytes.decoder.js";
import { parseOrgChartCsv } from "./org-chart-csv.parser.js";
import { resolveOrgChartColumns } from "./org-chart-header.resolver.js";
import { type CleanRow, cleanOrgChartRow, NameKeys } from "./org-chart-row.validation.js";
import {
  EMPTY_SNAPSHOT,
  indexSnapshot,
  type OrganisationSnapshot,
  type SnapshotIndex,
} from "./organisation.snapshot.js";

/** The report, the plan when there is no error, and the lookups the plan was made with. */
export interface OrgChartAnalysis {
  readonly report: OrgChartReport;
  readonly plan: OrgChartPlan | null;
  readonly index: SnapshotIndex;
}

/** Told how many of the file's bytes are checked so far. */
export type CheckProgress = (doneBytes: number, totalBytes: number) => void;

const NO_SUMMARY: OrgChartSummary = {
  people: 0,
  teams: 0,
  groups: 0,
  creates: 0,
  updates: 0,
  unchanged: 0,
  newTeams: 0,
  newGroups: 0,
  teamsRegrouped: 0,
  mentorshipsStarted: 0,
  mentorshipsEnded: 0,
};

/**
 * Checks an org-chart CSV against `snapshot` (the organisation as it is; empty by default) and
 * reports what importing it would do, with every error and warning.
 *
 * @example
 * const report = checkOrgChart(readFileSync("people.csv"), { columns: { name: "Full name" } });
 * if (!report.ok) for (const e of report.errors) console.log(`line ${e.line} ${e.column ?? ""}: ${e.reason}`);
 */
export function checkOrgChart(
  bytes: Uint8Array,
  options: OrgChartCheckOptions = {},
  snapshot: OrganisationSnapshot = EMPTY_SNAPSHOT,
): OrgChartReport {
  return analyseOrgChart(bytes, options, snapshot).report;
}

/** As checkOrgChart, also returning the plan the writer executes. */
export function analyseOrgChart(
  bytes: Uint8Array,
  options: OrgChartCheckOptions,
  snapshot: OrganisationSnapshot,
  onProgress?: CheckProgress,
): OrgChartAnalysis {
  const mapping = options.columns ?? {};
  const index = indexSnapshot(snapshot);
  const refused = (errors: OrgChartIssue[], warnings: OrgChartIssue[] = []) => refusal(index, errors, warnings);
  const decoded = decodeOrgChartBytes(bytes);
  if (!decoded.ok) return refused([decoded.issue]);
  const parsed = parseOrgChartCsv(decoded.bytes, { text: decoded.text, ...(onProgress ? { onProgress } : {}) });
  const header = parsed.header;
  if (header === null || (header.fields.every((f) => f.trim() === "") && parsed.records.length === 0)) {
    return refused([{ line: 1, column: null, reason: "the file is empty" }]);
  }
  const columns = resolveOrgChartColumns(header, mapping);
  const errors = [...parsed.issues, ...columns.errors];
  const warnings = [...columns.warnings];
  // Without its name or email column no row can be read meaningfully: stop at the header.
  if (columns.indexes.name === undefined || columns.indexes.email === undefined) return refused(errors, warnings);

  const rows: CleanRow[] = [];
  const nameKeys = new NameKeys();
  for (const record of parsed.records) {
    const row = cleanOrgChartRow(record, columns.indexes, mapping, errors, nameKeys);
    if (row !== "blank") rows.push(row);
  }
  if (rows.length === 0 && parsed.issues.length === 0) {
    errors.push({ line: header.line, column: null, reason: "the file has a header row but no people below it" });
  }
  validateOrgChartRows(rows, index, mapping, errors, warnings);
  const planned = planOrgChartImport(rows, index);
  const sorted = sortIssues(errors);
  onProgress?.(decoded.bytes.length, decoded.bytes.length);
  return {
    index,
    report: {
      ok: sorted.length === 0,
      rows: planned.rows,
      errors: sorted.slice(0, MAX_REPORTED_ISSUES),
      errorCount: sorted.length,
      warnings: sortIssues(warnings).slice(0, MAX_REPORTED_ISSUES),
      summary: planned.summary,
    },
    plan: sorted.length === 0 ? planned.plan : null,
  };
}

function refusal(index: SnapshotIndex, errors: OrgChartIssue[], warnings: OrgChartIssue[]): OrgChartAnalysis {
  const sorted = sortIssues(errors);
  return {
    index,
    report: {
      ok: false,
      rows: [],
      errors: sorted.slice(0, MAX_REPORTED_ISSUES),
      errorCount: sorted.length,
      warnings: sortIssues(warnings),
      summary: NO_SUMMARY,
    },
    plan: null,
  };
}

/** By line; a stable sort keeps the order checks ran in within a line. */
function sortIssues(issues: readonly OrgChartIssue[]): OrgChartIssue[] {
  return [...issues].sort((a, b) => a.line - b.line);
}
