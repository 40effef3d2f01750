/** Small builders for org-chart tests: CSV bytes and stored-organisation snapshots. */
import type { ExistingPerson, OrganisationSnapshot } from "./organisation.snapshot.js";

/** UTF-8 bytes of `lines` joined by "\n" (with a final newline). */
export function csvBytes(...lines: string[]): Uint8Array {
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

/** A stored person with defaults: active, no team, no roles, no leads, no mentor. */
export function buildExistingPerson(
  overrides: Partial<ExistingPerson> & Pick<ExistingPerson, "id" | "email">,
): ExistingPerson {
  return {
    name: overrides.email.split("@")[0] ?? "someone",
    status: "active",
    teamId: null,
    roles: [],
    leadsTeamIds: [],
    activeMentorships: [],
    ...overrides,
  };
}

/** A snapshot holding just these people (teams and groups empty unless given). */
export function snapshotWith(
  people: readonly ExistingPerson[],
  rest: Partial<Omit<OrganisationSnapshot, "people">> = {},
): OrganisationSnapshot {
  return { people, teams: rest.teams ?? [], groups: rest.groups ?? [] };
}

/** `count` data rows of a valid org chart: ten teams in two groups, each person mentored by the previous one in their team. */
export function generatedOrgChart(count: number): Uint8Array {
  const lines = ["name,email,team,group,mentor,role"];
  for (let i = 0; i < count; i++) {
    const team = i % 10;
    const mentor = i >= 10 ? `person${i - 10}@example.com` : "";
    const role = i < 10 ? "lead" : "member";
    lines.push(`Person ${i},person${i}@example.com,Team ${team},Group ${team % 2},${mentor},${role}`);
  }
  return csvBytes(...lines);
}
