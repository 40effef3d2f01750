/**
 * Rules across rows and against the organisation: duplicate emails, a team under two groups,
 * unknown or deactivated mentors, mentor cycles, a lead without a team, and losing the last admin.
 */

import { hasRole } from "../app/access/granted-role.js";
import { findMentorCycles } from "./mentor-cycles.js";
import type { OrgChartColumnMapping, OrgChartField, OrgChartIssue } from "./org-chart.types.js";
import type { CleanRow } from "./org-chart-row.validation.js";
import { matchKey, type SnapshotIndex } from "./organisation.snapshot.js";

/** Adds cross-row errors and warnings for `rows` (all non-blank rows of the file, in file order). */
export function validateOrgChartRows(
  rows: readonly CleanRow[],
  index: SnapshotIndex,
  mapping: OrgChartColumnMapping,
  errors: OrgChartIssue[],
  warnings: OrgChartIssue[],
): void {
  const column = (field: OrgChartField) => (mapping[field] ?? field).trim();
  const fail = (row: CleanRow, field: OrgChartField, reason: string) =>
    errors.push({ line: row.line, column: column(field), reason });

  const byEmail = new Map<string, CleanRow>();
  for (const row of rows) {
    if (row.email === "") continue;
    const first = byEmail.get(row.email);
    if (first) fail(row, "email", `email ${row.email} is also on line ${first.line}`);
    else byEmail.set(row.email, row);
  }

  const teamGroup = new Map<string, CleanRow>();
  for (const row of rows) {
    if (!row.team || !row.group || row.teamKey === null) continue;
    const first = teamGroup.get(row.teamKey);
    if (!first) teamGroup.set(row.teamKey, row);
    else if (first.groupKey !== row.groupKey) {
      fail(
        row,
        "group",
        `team “${row.team}” is under group “${first.group}” on line ${first.line} but under “${row.group}” here`,
      );
    }
  }

  for (const row of rows) {
    const existing = index.personByEmail.get(row.email);
    if (existing?.status === "deactivated") {
      warnings.push({
        line: row.line,
        column: column("email"),
        reason: `${row.email} is deactivated; the import updates them but does not reactivate them`,
      });
    }
    if (row.role === "lead" && row.team === undefined && !existing?.teamId) {
      fail(row, "role", "role lead means lead of their own team, but the person has no team");
    }
    if (!row.mentorEmail || row.mentorEmail === row.email) continue;
    if (byEmail.has(row.mentorEmail)) continue;
    const mentor = index.personByEmail.get(row.mentorEmail);
    if (!mentor) fail(row, "mentor", `mentor ${row.mentorEmail} is neither in the file nor in the organisation`);
    else if (mentor.status !== "active") fail(row, "mentor", `mentor ${row.mentorEmail} has been deactivated`);
  }

  checkMentorCycles(byEmail, index, (row, reason) => fail(row, "mentor", reason));
  checkLastAdmin(byEmail, index, (row, reason) => fail(row, "role", reason));
}

/** A cycle is reported once, on the line of its earliest person in the file. */
function checkMentorCycles(
  byEmail: ReadonlyMap<string, CleanRow>,
  index: SnapshotIndex,
  fail: (row: CleanRow, reason: string) => void,
): void {
  const mentorsOf = (email: string): readonly string[] => {
    const row = byEmail.get(email);
    // The file decides the mentor of its people when it has a mentor column; others keep theirs.
    if (row && row.mentorEmail !== undefined)
      return row.mentorEmail && row.mentorEmail !== email ? [row.mentorEmail] : [];
    const person = index.personByEmail.get(email);
    if (!person) return [];
    return person.activeMentorships.flatMap((m) => {
      const mentor = index.personById.get(m.mentorId);
      return mentor ? [matchKey(mentor.email)] : [];
    });
  };
  for (const cycle of findMentorCycles(byEmail.keys(), mentorsOf)) {
    const inFile = cycle.filter((email) => byEmail.has(email));
    if (inFile.length === 0) continue;
    const lineOf = (email: string) => byEmail.get(email)?.line ?? Number.POSITIVE_INFINITY;
    const first = inFile.reduce((a, b) => (lineOf(b) < lineOf(a) ? b : a));
    const start = cycle.indexOf(first);
    const chain = [...cycle.slice(start), ...cycle.slice(0, start), first].map((email) => {
      const line = byEmail.get(email)?.line;
      return line === undefined ? email : `${email} (line ${line})`;
    });
    fail(byEmail.get(first)!, `the mentor chain is a cycle: ${chain.join(" → ")} (each is mentored by the next)`);
  }
}

/** An import that demotes every admin would lock the organisation out of its own settings. */
function checkLastAdmin(
  byEmail: ReadonlyMap<string, CleanRow>,
  index: SnapshotIndex,
  fail: (row: CleanRow, reason: string) => void,
): void {
  const admins = [...index.personByEmail.values()].filter((p) => p.status === "active" && hasRole(p.roles, "admin"));
  if (admins.length === 0) return;
  const keepsAdmin = (email: string) => {
    const row = byEmail.get(email);
    return row?.role === undefined || row.role === "admin";
  };
  if (admins.some((admin) => keepsAdmin(matchKey(admin.email)))) return;
  const promoted = [...byEmail.values()].some((row) => {
    const existing = index.personByEmail.get(row.email);
    return row.role === "admin" && (!existing || existing.status === "active");
  });
  if (promoted) return;
  const demoting = [...byEmail.values()].filter((row) => admins.some((a) => matchKey(a.email) === row.email));
  const first = demoting.reduce((a, b) => (b.line < a.line ? b : a));
  fail(
    first,
    `this would remove the last admin (${admins.map((a) => a.email).join(", ")}); keep role admin for at least one person`,
  );
}
