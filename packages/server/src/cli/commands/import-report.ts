/** How `ascent import` shows an org-chart report: each problem as `file:line: column: reason`. */
import type { OrgChartIssue, OrgChartReport, OrgChartSummary, OrgChartWriteCounts } from "../../import/index.js";
import { errColours } from "../support/terminal.js";

/** `people.csv:4: column email: "x" is not an email address` — the form editors jump to. */
export function formatIssue(file: string, issue: OrgChartIssue): string {
  const column = issue.column === null ? "" : ` column ${issue.column}:`;
  return `${file}:${issue.line}:${column} ${issue.reason}`;
}

/** The error block of a refused file, with a count when the report was capped. */
export function errorLines(file: string, report: OrgChartReport): string[] {
  const c = errColours;
  const lines = report.errors.map((issue) => `  ${c.red("error")} ${formatIssue(file, issue)}`);
  if (report.errorCount > report.errors.length) {
    lines.push(`  … and ${report.errorCount - report.errors.length} more error(s) not shown`);
  }
  return lines;
}

/** Warnings (ignored columns, deactivated people): shown, never blocking. */
export function warningLines(file: string, warnings: readonly OrgChartIssue[]): string[] {
  return warnings.map((issue) => `  ${errColours.yellow("warning")} ${formatIssue(file, issue)}`);
}

/** One sentence of what the import does (or would do). */
export function summaryLine(summary: OrgChartSummary): string {
  const parts = [
    `${summary.people} people: ${summary.creates} added, ${summary.updates} updated, ${summary.unchanged} unchanged`,
    `${summary.newTeams} new team(s), ${summary.newGroups} new group(s)`,
  ];
  if (summary.teamsRegrouped > 0) parts.push(`${summary.teamsRegrouped} team(s) moved to another group`);
  parts.push(`${summary.mentorshipsStarted} mentorship(s) started, ${summary.mentorshipsEnded} ended`);
  return parts.join("; ");
}

/** The --json shape: the report without its per-row list when there are many rows (a 100k-row file). */
export function reportJson(
  report: OrgChartReport,
  extra: { readonly dryRun: boolean; readonly written?: OrgChartWriteCounts },
): Record<string, unknown> {
  return {
    ok: report.ok,
    dryRun: extra.dryRun,
    summary: report.summary,
    errorCount: report.errorCount,
    errors: report.errors,
    warnings: report.warnings,
    ...(extra.written ? { written: extra.written } : {}),
    ...(report.rows.length <= 5000
      ? {
          rows: report.rows.map((r) => ({
            line: r.line,
            email: r.email,
            action: r.action,
            changes: r.changes,
          })),
        }
      : {}),
  };
}
