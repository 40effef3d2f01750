/**
 * Reads of the organisation — the people directory, teams, groups, mentorships, a person's admin
 * record and the organisation's settings — as TanStack Query hooks, and the keys writes invalidate.
 */
import { keepPreviousData, type QueryClient, useQuery } from "@tanstack/react-query";
import { answer, api } from "./client.js";
import type { MentorshipsQuery, PeopleQuery } from "./contract.js";

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

/** The fields that have a value: the query string leaves out empty ones (`?q=` would search for nothing). */
function present<Query extends object>(query: Query): Query {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")) as Query;
}

/** One keyset page of the people the signed-in person may see; the previous page stays shown while the next loads. */
export function usePeoplePage(query: PeopleQuery, enabled = true) {
  return useQuery({
    queryKey: orgKeys.peoplePage(query),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => answer(api.GET("/api/v1/people", { params: { query: present(query) }, signal })),
  });
}

/** Teams the signed-in person may see (admins and leaders: all), with counts and leads. */
export function useTeams() {
  return useQuery({
    queryKey: orgKeys.teams,
    queryFn: async () => (await answer(api.GET("/api/v1/teams"))).teams,
  });
}

/** Groups the signed-in person may see, with counts and leads. */
export function useGroups() {
  return useQuery({
    queryKey: orgKeys.groups,
    queryFn: async () => (await answer(api.GET("/api/v1/groups"))).groups,
  });
}

/** A person's record as an admin edits it. */
export function useAdminPerson(personId: string, enabled = true) {
  return useQuery({
    queryKey: orgKeys.adminPerson(personId),
    enabled: enabled && personId !== "",
    queryFn: () => answer(api.GET("/api/v1/people/{personId}", { params: { path: { personId } } })),
  });
}

/** A page of mentorships (admin), newest start first. */
export function useMentorships(query: MentorshipsQuery, enabled = true) {
  return useQuery({
    queryKey: [...orgKeys.mentorships, query],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () => answer(api.GET("/api/v1/mentorships", { params: { query: present(query) } })),
  });
}

/** The organisation's name and privacy policy (everyone signed in). */
export function useOrganisationSettings() {
  return useQuery({
    queryKey: orgKeys.settings,
    queryFn: () => answer(api.GET("/api/v1/organisation/settings")),
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
