/**
 * The org-chart CSV import as plain data: the columns it reads, the preview report it produces
 * before anything is written, and the counts a commit returns.
 *
 * Column semantics (documented here because web help and `ascent import --help` quote them):
 * - `name`, `email` are required. A person is matched to the organisation by email, case-insensitively.
 * - `team`, `group`, `mentor` (the mentor's email) and `role` are optional columns. A column that is
 *   absent from the file is *not managed* by the import: existing people keep their team, mentor or
 *   role; a column that is present but empty on a row means "none" (no team, no mentor, member).
 * - `role` is one of member | lead | leader | admin:
 *   member = no granted role and leads no team; lead = lead of *their own* team (other team leads of
 *   that person are removed); leader / admin = the granted role (team leads are then left as they are).
 *   Group leads are never touched: the file cannot express them.
 * - An empty `group` on a row does not move the team: it leaves the team's group as it is (new teams
 *   get none). A team named under two different groups in one file is an error.
 * - Teams and groups are matched by name, trimmed and case-insensitively; missing ones are created.
 * - Unknown columns are *warnings* (their values are ignored: HR exports carry many extra columns),
 *   except when the header looks like a misspelling of a column the file lacks ("mentr"): then it is
 *   an error, since silently ignoring it would silently drop data. Map columns with `columns`.
 */

/** The fields an org-chart row carries, in their canonical column order. */
export const ORG_CHART_FIELDS = ["name", "email", "team", "group", "mentor", "role"] as const;

/** One of the org-chart fields. */
export type OrgChartField = (typeof ORG_CHART_FIELDS)[number];

/** Columns a file must have. */
export const REQUIRED_ORG_CHART_FIELDS: readonly OrgChartField[] = ["name", "email"];

/** The roles a row may state; empty means member. */
export const ORG_CHART_ROLES = ["member", "lead", "leader", "admin"] as const;

/** One of the org-chart roles. */
export type OrgChartRole = (typeof ORG_CHART_ROLES)[number];

/** File header for a field, e.g. `{ name: "Full name", email: "Work email", team: "Squad" }`. */
export type OrgChartColumnMapping = Partial<Record<OrgChartField, string>>;

/** Options of the pure stage. */
export interface OrgChartCheckOptions {
  /** Headers to read each field from, when the file does not use the canonical names. */
  readonly columns?: OrgChartColumnMapping;
}

/** One problem, naming the physical line where the record starts and the column (null: the whole row or file). */
export interface OrgChartIssue {
  readonly line: number;
  readonly column: string | null;
  readonly reason: string;
}

/** What the import would do to a person. */
export type OrgChartAction = "create" | "update" | "unchanged";

/** A person of the file as the import understands it. */
export interface OrgChartRow {
  readonly line: number;
  readonly name: string;
  /** Trimmed and lower-cased: the matching key. */
  readonly email: string;
  readonly team: string | null;
  readonly group: string | null;
  readonly mentorEmail: string | null;
  readonly role: OrgChartRole;
  readonly action: OrgChartAction;
  /** For updates: which of name, team, role, mentor change. */
  readonly changes: readonly ("name" | "team" | "role" | "mentor")[];
}

/** Totals of a preview; a commit does exactly this. */
export interface OrgChartSummary {
  /** People in the file. */
  readonly people: number;
  /** Distinct teams and groups named in the file. */
  readonly teams: number;
  readonly groups: number;
  readonly creates: number;
  readonly updates: number;
  readonly unchanged: number;
  readonly newTeams: number;
  readonly newGroups: number;
  /** Existing teams whose group the file changes. */
  readonly teamsRegrouped: number;
  readonly mentorshipsStarted: number;
  readonly mentorshipsEnded: number;
}

/** The preview: everything the import would do, and every reason it would refuse. */
export interface OrgChartReport {
  /** True when there is no error (warnings allowed): a commit would succeed. */
  readonly ok: boolean;
  readonly rows: readonly OrgChartRow[];
  /** Sorted by line; at most MAX_REPORTED_ISSUES (see `errorCount` for the total). */
  readonly errors: readonly OrgChartIssue[];
  readonly errorCount: number;
  /** Things that do not block the import (ignored columns, deactivated people). */
  readonly warnings: readonly OrgChartIssue[];
  readonly summary: OrgChartSummary;
}

/** A broken 100,000-row file should not produce a 100,000-entry answer. */
export const MAX_REPORTED_ISSUES = 1000;

/** Longest name, team or group accepted: long enough for real names, short enough to catch a pasted paragraph. */
export const MAX_NAME_LENGTH = 200;

/** Longest email address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;
