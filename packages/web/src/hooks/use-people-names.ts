/**
 * Names for person ids that dashboards return bare. The API has no people directory yet, so each
 * name is read from the person's overview (as far as the signed-in person may see it); a person
 * they may not look at stays unnamed rather than guessed.
 */
import { useQueries } from "@tanstack/react-query";
import { isApiError } from "../api/api-error.js";
import { answer, api } from "../api/client.js";
import type { PersonOverview } from "../api/contract.js";
import { keys } from "../api/queries.js";

/** At most this many overviews are fetched for names on one page. */
const MAX_LOOKUPS = 16;

/** id → name (or undefined while loading / not visible). */
export function usePeopleNames(ids: readonly string[]): ReadonlyMap<string, string | null> {
  const unique = [...new Set(ids)].slice(0, MAX_LOOKUPS);
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: keys.overview(id),
      staleTime: 5 * 60_000,
      queryFn: async (): Promise<PersonOverview | null> => {
        try {
          return await answer(api.GET("/api/v1/people/{personId}/overview", { params: { path: { personId: id } } }));
        } catch (error) {
          if (isApiError(error, 404)) return null;
          throw error;
        }
      },
    })),
  });
  const names = new Map<string, string | null>();
  unique.forEach((id, i) => {
    const data = results[i]?.data;
    if (data !== undefined) names.set(id, data?.person.name ?? null);
  });
  return names;
}
