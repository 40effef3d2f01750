/**
 * Reads of the organisation — the people directory, teams, groups, mentorships, a person's admin
 * record and the organisation's settings — as TanStack Query hooks, and the keys writes invalidate.
 */
import { keepPreviousData, type QueryClient, useQuery } from "@tanstack/react-query";
import { api } from "./client.js";
import type {
  AdminPerson,
  GroupSummary,
  MentorshipPage,
  OrganisationSettings,
  PeoplePage,
  TeamSummary,
} from "./types.js";

/** What the people list is asked for; absent or "" fields are left out of the query string. */
export interface PeopleQuery {
  readonly q?: string | undefined;
  readonly teamId?: string | undefined;
  readonly groupId?: string | undefined;
  readonly stage?: string | undefined;
  readonly status?: "active" | "deactivated" | undefined;
  readonly cursor?: string | undefined;
  readonly limit?: number | undefined;
}

/** Query keys of the organisation's records. */
export const orgKeys = {
  people: ["people"] as const,
  peoplePage: (query: PeopleQuery) => ["people", query] as const,
  teams: ["teams"] as const,
  groups: ["groups"] as const,
  adminPerson: (id: string) => ["admin-person", id] as const,
  mentorships: ["mentorships"] as const,
  settings: ["organisation-settings"] as const,
};

/** `?a=1&b=2` of the fields that have a value. */
export function queryString(query: Readonly<Record<string, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** One keyset page of the people the signed-in person may see; the previous page stays shown while the next loads. */
export function usePeoplePage(query: PeopleQuery, enabled = true) {
  return useQuery({
    queryKey: orgKeys.peoplePage(query),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => api<PeoplePage>(`/people${queryString({ ...query })}`, { signal }),
  });
}

/** Teams the signed-in person may see (admins and leaders: all), with counts and leads. */
export function useTeams() {
  return useQuery({
    queryKey: orgKeys.teams,
    queryFn: async () => (await api<{ teams: TeamSummary[] }>("/teams")).teams,
  });
}

/** Groups the signed-in person may see, with counts and leads. */
export function useGroups() {
  return useQuery({
    queryKey: orgKeys.groups,
    queryFn: async () => (await api<{ groups: GroupSummary[] }>("/groups")).groups,
  });
}

/** A person's record as an admin edits it. */
export function useAdminPerson(personId: string, enabled = true) {
  return useQuery({
    queryKey: orgKeys.adminPerson(personId),
    enabled: enabled && personId !== "",
    queryFn: () => api<AdminPerson>(`/people/${encodeURIComponent(personId)}`),
  });
}

/** A page of mentorships (admin), newest start first. */
export function useMentorships(
  query: { personId?: string; state?: "active" | "ended" | "all"; cursor?: string; limit?: number },
  enabled = true,
) {
  return useQuery({
    queryKey: [...orgKeys.mentorships, query],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () => api<MentorshipPage>(`/mentorships${queryString(query)}`),
  });
}

/** The organisation's name and privacy policy (everyone signed in). */
export function useOrganisationSettings() {
  return useQuery({
    queryKey: orgKeys.settings,
    queryFn: () => api<OrganisationSettings>("/organisation/settings"),
  });
}

/** After a change to people, teams or mentorships: everything listing them is stale. */
export async function refreshOrganisation(client: QueryClient): Promise<void> {
  await Promise.all(
    [orgKeys.people, orgKeys.teams, orgKeys.groups, orgKeys.mentorships, ["admin-person"], ["overview"]].map(
      (queryKey) => client.invalidateQueries({ queryKey }),
    ),
  );
}
