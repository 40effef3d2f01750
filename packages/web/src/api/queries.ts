/**
 * Reads from the API as TanStack Query hooks, one per resource, so every page shares one cache
 * and refreshes the same way after a write.
 */
import type { Framework } from "@ascent/core";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { isApiError } from "./api-error.js";
import { answer, api, rememberCsrfToken } from "./client.js";
import type { Me } from "./contract.js";

/** Query keys in one place, so writes invalidate exactly what they change. */
export const keys = {
  setup: ["setup"] as const,
  me: ["me"] as const,
  framework: ["framework"] as const,
  overview: (personId: string | "me") => ["overview", personId] as const,
  checkIn: (id: string) => ["check-in", id] as const,
  dashboard: (name: string) => ["dashboard", name] as const,
  invitations: ["invitations"] as const,
  moment: (id: string) => ["moment", id] as const,
  ingredients: ["ingredients"] as const,
};

/** Whether first-run setup is still open. */
export function useSetupStatus() {
  return useQuery({ queryKey: keys.setup, queryFn: () => answer(api.GET("/api/v1/setup")), staleTime: 60_000 });
}

/** Who is signed in; `null` when nobody is (a 401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await answer(api.GET("/api/v1/me"));
        rememberCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (isApiError(error, 401)) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** A person's overview ("me" for the signed-in person). */
export function useOverview(personId: string | "me") {
  return useQuery({
    queryKey: keys.overview(personId),
    queryFn: () =>
      answer(
        personId === "me"
          ? api.GET("/api/v1/me/overview")
          : api.GET("/api/v1/people/{personId}/overview", { params: { path: { personId } } }),
      ),
  });
}

/**
 * The organisation's active framework (`GET /api/v1/framework`, which needs an account). Signed
 * out — on the first-run page, before any admin could load another framework — it is the default
 * framework the server starts with, loaded in its own chunk because parsing it needs the YAML reader.
 */
export function useFramework() {
  return useQuery({
    queryKey: keys.framework,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async (): Promise<Framework> => {
      try {
        const active = await answer(api.GET("/api/v1/framework"));
        return active.framework;
      } catch (error) {
        if (!isApiError(error, 401) && !isApiError(error, 404)) throw error;
        const { loadDefaultFramework } = await import("./default-framework.js");
        return loadDefaultFramework();
      }
    },
  });
}

/** A dashboard; `null` when the signed-in person has no dashboard scope (the API answers 404). */
function useDashboard<T>(name: string, params: object, read: () => Promise<T>) {
  return useQuery({
    queryKey: [...keys.dashboard(name), params],
    queryFn: async (): Promise<T | null> => {
      try {
        return await read();
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });
}

/** People per stage in my scope. */
export const useStageDistribution = () =>
  useDashboard("stage-distribution", {}, () => answer(api.GET("/api/v1/dashboards/stage-distribution")));
/** Overdue check-ins, requests, candidates… in my scope. */
export const useNudges = () => useDashboard("nudges", {}, () => answer(api.GET("/api/v1/dashboards/nudges")));
/** People per stage at the end of each of the last `months` months. */
export const usePipeline = (months: number) =>
  useDashboard("pipeline", { months }, () =>
    answer(api.GET("/api/v1/dashboards/pipeline", { params: { query: { months } } })),
  );
/** Teams with and without someone at the coverage stage, one page at a time. */
export const useLeadershipCoverage = (cursor: string | undefined) =>
  useDashboard("leadership-coverage", { cursor }, () =>
    answer(api.GET("/api/v1/dashboards/leadership-coverage", { params: { query: { cursor } } })),
  );
/** Where self and mentor views disagree. */
export const useCalibration = () =>
  useDashboard("calibration", {}, () => answer(api.GET("/api/v1/dashboards/calibration")));

/** Pending invitations (admins). */
export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: keys.invitations,
    enabled,
    queryFn: async () => (await answer(api.GET("/api/v1/invitations"))).invitations,
  });
}

/** After signing in or out, everything cached belongs to someone else: start clean. */
export async function resetSession(client: QueryClient): Promise<void> {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== "setup" });
  await client.invalidateQueries({ queryKey: keys.me });
}

/** A moment and its version (its giver; its receiver once extended; otherwise 404). */
export function useMoment(momentId: string) {
  return useQuery({
    queryKey: keys.moment(momentId),
    queryFn: () => answer(api.GET("/api/v1/moments/{momentId}", { params: { path: { momentId } } })),
  });
}

/** The Awesome Permission ingredients checklist, loaded with the YAML reader in its own chunk. */
export function useIngredients() {
  return useQuery({
    queryKey: keys.ingredients,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => (await import("./default-framework.js")).loadIngredients(),
  });
}
