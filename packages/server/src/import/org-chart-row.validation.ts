/** Checks the values of one record on their own (cross-row rules live in org-chart.validation.ts). */

import {
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  ORG_CHART_ROLES,
  type OrgChartColumnMapping,
  type OrgChartField,
  type OrgChartIssue,
  type OrgChartRole,
} from "./org-chart.types.js";
import type { CsvRecord } from "./org-chart-csv.parser.js";
import type { ColumnIndexes } from "./org-chart-header.resolver.js";
import { matchKey } from "./organisation.snapshot.js";

/**
 * A record's cleaned values. Optional fields are `undefined` when the file has no such column
 * (the import leaves that aspect of existing people alone) and `null` when the cell is empty.
 */
export interface CleanRow {
  readonly line: number;
  readonly name: string;
  /** The matching key: trimmed, lower-cased. */
  readonly email: string;
  readonly team: string | null | undefined;
  readonly group: string | null | undefined;
  /** The matching keys of team and group (see matchKey), when they are named. */
  readonly teamKey: string | null;
  readonly groupKey: string | null;
  readonly mentorEmail: string | null | undefined;
  readonly role: OrgChartRole | undefined;
}

/**
 * Matching keys of the team and group names a file repeats on every row: each distinct spelling
 * is folded once, not once per row.
 */
export class NameKeys {
  private readonly keys = new Map<string, string>();

  of(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = matchKey(name);
      this.keys.set(name, key);
    }
    return key;
  }
}

// Deliberately loose: one @, no spaces, a dot in the domain. Stricter patterns refuse real addresses.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Cleans a record, adding its issues to `issues`. The row is returned even when it has issues, so
 * cross-row checks (duplicates, mentors) still see it. A record of blank cells is "blank": skipped,
 * since spreadsheets leave such rows behind. Called once per row of files of 100,000 rows: plain
 * code, no closures made per row.
 */
export function cleanOrgChartRow(
  record: CsvRecord,
  indexes: ColumnIndexes,
  mapping: OrgChartColumnMapping,
  issues: OrgChartIssue[],
  nameKeys: NameKeys = new NameKeys(),
): CleanRow | "blank" {
  const fields = record.fields;
  if (isBlank(fields)) return "blank";
  const line = record.line;

  const name = cell(fields, indexes.name) ?? "";
  if (name === "") add(issues, line, mapping, "name", "name is empty");
  else if (name.length > MAX_NAME_LENGTH) add(issues, line, mapping, "name", tooLong(name));

  const rawEmail = cell(fields, indexes.email) ?? "";
  const email = rawEmail === "" ? "" : emailAddress(rawEmail, issues, line, mapping, "email");
  if (rawEmail === "") add(issues, line, mapping, "email", "email is empty");

  const team = optionalText(cell(fields, indexes.team), issues, line, mapping, "team");
  const group = optionalText(cell(fields, indexes.group), issues, line, mapping, "group");
  if (group && team === null)
    add(issues, line, mapping, "group", `group “${group}” needs a team: people belong to teams, teams to groups`);

  const rawMentor = cell(fields, indexes.mentor);
  const mentorEmail =
    rawMentor === undefined || rawMentor === ""
      ? rawMentor === undefined
        ? undefined
        : null
      : emailAddress(rawMentor, issues, line, mapping, "mentor");
  if (mentorEmail && mentorEmail === email) add(issues, line, mapping, "mentor", "a person cannot be their own mentor");

  const role = cleanRole(cell(fields, indexes.role), issues, line, mapping);
  if (role === "lead" && team === null)
    add(issues, line, mapping, "role", "role lead means lead of their own team, but the team is empty");

  return {
    line,
    name,
    email,
    team,
    group,
    teamKey: team ? nameKeys.of(team) : null,
    groupKey: group ? nameKeys.of(group) : null,
    mentorEmail,
    role,
  };
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== "") return false;
  return true;
}

/** The trimmed cell of a column, or undefined when the file has no such column. */
function cell(fields: readonly string[], index: number | undefined): string | undefined {
  return index === undefined ? undefined : (fields[index] ?? "").trim();
}

function add(
  issues: OrgChartIssue[],
  line: number,
  mapping: OrgChartColumnMapping,
  field: OrgChartField,
  reason: string,
): void {
  issues.push({ line, column: (mapping[field] ?? field).trim(), reason });
}

/** An optional text cell: undefined without its column, null when empty. */
function optionalText(
  value: string | undefined,
  issues: OrgChartIssue[],
  line: number,
  mapping: OrgChartColumnMapping,
  field: OrgChartField,
): string | null | undefined {
  if (value === undefined || value === "") return value === undefined ? undefined : null;
  if (value.length > MAX_NAME_LENGTH) add(issues, line, mapping, field, tooLong(value));
  return value;
}

/** The matching key of a (trimmed) email address, reporting one that is too long or malformed. */
function emailAddress(
  value: string,
  issues: OrgChartIssue[],
  line: number,
  mapping: OrgChartColumnMapping,
  field: OrgChartField,
): string {
  if (value.length > MAX_EMAIL_LENGTH)
    add(
      issues,
      line,
      mapping,
      field,
      `is ${value.length} characters; an email address has at most ${MAX_EMAIL_LENGTH}`,
    );
  else if (!EMAIL.test(value)) add(issues, line, mapping, field, `“${value}” is not an email address`);
  return matchKey(value);
}

function cleanRole(
  value: string | undefined,
  issues: OrgChartIssue[],
  line: number,
  mapping: OrgChartColumnMapping,
): OrgChartRole | undefined {
  if (value === undefined) return undefined;
  const role = value.toLowerCase() || "member";
  if ((ORG_CHART_ROLES as readonly string[]).includes(role)) return role as OrgChartRole;
  add(
    issues,
    line,
    mapping,
    "role",
    `“${value}” is not a role; use one of ${ORG_CHART_ROLES.join(", ")} (empty means member)`,
  );
  return undefined;
}

function tooLong(value: string): string {
  return `is ${value.length} characters long; at most ${MAX_NAME_LENGTH} are allowed`;
}
