/**
 * The organisation's people as an org-chart CSV in the import's own column format
 * (name,email,team,group,mentor,role), so an export can be edited and imported back.
 */

import { hasRole } from "../../app/access/granted-role.js";
import type { OrganisationDocument } from "../../app/organisation/export-organisation-document.service.js";

/** The header, in the import's canonical column order. */
export const ORG_CHART_HEADER = ["name", "email", "team", "group", "mentor", "role"] as const;

/** RFC 4180 quoting: only fields that need it, doubling inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Active people only: deactivated and erased people are not part of the org chart (importing
 * them back would only produce warnings). Sorted by team, then name, for a readable sheet.
 */
export function orgChartCsv(document: OrganisationDocument): string {
  const people = document.people.filter((p) => p.status === "active");
  const active = new Map(people.map((p) => [p.id, p]));
  const teams = new Map(document.teams.map((t) => [t.id, t]));
  const groups = new Map(document.groups.map((g) => [g.id, g]));
  // A current mentorship per mentee; with several, the most recently started one (the import holds one).
  const mentorOf = new Map<string, { mentorId: string; startedAt: string }>();
  for (const m of document.mentorships) {
    if (m.endedAt !== null || !active.has(m.mentorId)) continue;
    const known = mentorOf.get(m.menteeId);
    if (!known || known.startedAt < m.startedAt)
      mentorOf.set(m.menteeId, { mentorId: m.mentorId, startedAt: m.startedAt });
  }
  const rows = people.map((person) => {
    const team = person.teamId ? teams.get(person.teamId) : undefined;
    const group = team?.groupId ? groups.get(team.groupId) : undefined;
    const mentor = mentorOf.get(person.id);
    const role = hasRole(person.roles, "admin")
      ? "admin"
      : hasRole(person.roles, "leader")
        ? "leader"
        : team?.leadIds.includes(person.id)
          ? "lead"
          : "member";
    return [
      person.name,
      person.email,
      team?.name ?? "",
      group?.name ?? "",
      mentor ? (active.get(mentor.mentorId)?.email ?? "") : "",
      role,
    ];
  });
  rows.sort((a, b) => (a[2] ?? "").localeCompare(b[2] ?? "") || (a[0] ?? "").localeCompare(b[0] ?? ""));
  return [ORG_CHART_HEADER, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
