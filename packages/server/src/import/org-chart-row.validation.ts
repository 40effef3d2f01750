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
  readonly mentorEmail: string | null | undefined;
  readonly role: OrgChartRole | undefined;
}

// Deliberately loose: one @, no spaces, a dot in the domain. Stricter patterns refuse real addresses.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Cleans a record, adding its issues to `issues`. The row is returned even when it has issues, so
 * cross-row checks (duplicates, mentors) still see it. A record of blank cells is "blank": skipped,
 * since spreadsheets leave such rows behind.
 */
export function cleanOrgChartRow(
  record: CsvRecord,
  indexes: ColumnIndexes,
  mapping: OrgChartColumnMapping,
  issues: OrgChartIssue[],
): CleanRow | "blank" {
  if (record.fields.every((field) => field.trim() === "")) return "blank";
  const column = (field: OrgChartField) => (mapping[field] ?? field).trim();
  const add = (field: OrgChartField, reason: string) =>
    issues.push({ line: record.line, column: column(field), reason });
  const cell = (field: OrgChartField) => {
    const index = indexes[field];
    return index === undefined ? undefined : (record.fields[index] ?? "").trim();
  };
  const optionalText = (field: OrgChartField) => {
    const value = cell(field);
    if (value === undefined || value === "") return value === undefined ? undefined : null;
    if (value.length > MAX_NAME_LENGTH) add(field, tooLong(value));
    return value;
  };
  const emailAddress = (field: OrgChartField, value: string) => {
    if (value.length > MAX_EMAIL_LENGTH)
      add(field, `is ${value.length} characters; an email address has at most ${MAX_EMAIL_LENGTH}`);
    else if (!EMAIL.test(value)) add(field, `“${value}” is not an email address`);
    return matchKey(value);
  };

  const name = cell("name") ?? "";
  if (name === "") add("name", "name is empty");
  else if (name.length > MAX_NAME_LENGTH) add("name", tooLong(name));

  const rawEmail = cell("email") ?? "";
  const email = rawEmail === "" ? "" : emailAddress("email", rawEmail);
  if (rawEmail === "") add("email", "email is empty");

  const team = optionalText("team");
  const group = optionalText("group");
  if (group && team === null) add("group", `group “${group}” needs a team: people belong to teams, teams to groups`);

  const rawMentor = cell("mentor");
  const mentorEmail =
    rawMentor === undefined || rawMentor === ""
      ? rawMentor === undefined
        ? undefined
        : null
      : emailAddress("mentor", rawMentor);
  if (mentorEmail && mentorEmail === email) add("mentor", "a person cannot be their own mentor");

  const role = cleanRole(cell("role"), (reason) => add("role", reason));
  if (role === "lead" && team === null) add("role", "role lead means lead of their own team, but the team is empty");

  return { line: record.line, name, email, team, group, mentorEmail, role };
}

function cleanRole(value: string | undefined, fail: (reason: string) => void): OrgChartRole | undefined {
  if (value === undefined) return undefined;
  const role = value.toLowerCase() || "member";
  if ((ORG_CHART_ROLES as readonly string[]).includes(role)) return role as OrgChartRole;
  fail(`“${value}” is not a role; use one of ${ORG_CHART_ROLES.join(", ")} (empty means member)`);
  return undefined;
}

function tooLong(value: string): string {
  return `is ${value.length} characters long; at most ${MAX_NAME_LENGTH} are allowed`;
}
