/**
 * The people list's state lives in the URL — search, filters and the page's cursor — so a reload,
 * a shared link or the Back button from a person's page brings the same list back. The cursors of
 * the earlier pages travel in the history entry's state, so "Previous" works without refetching
 * from the start, and a link opened fresh still offers "First page".
 */
import { useCallback, useMemo } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import type { PeopleQuery } from "../../api/contract.js";

/** Rows per page. */
export const PAGE_SIZE = 50;

/** The filters a person can set (the search is separate: it is typed, then debounced). */
export type DirectoryFilterName = "teamId" | "groupId" | "stage" | "status";

interface PageState {
  /** The cursors of the pages before this one ("" for the first page), oldest first. */
  readonly before?: readonly string[];
}

/** The list's query and the ways to change it. */
export function useDirectoryParams() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const before = ((location.state as PageState | null)?.before ?? []).filter((c) => typeof c === "string");
  const status = params.get("status") === "deactivated" ? "deactivated" : undefined;

  const query: PeopleQuery = useMemo(
    () => ({
      q: params.get("q")?.trim() || undefined,
      teamId: params.get("teamId") || undefined,
      groupId: params.get("groupId") || undefined,
      stage: params.get("stage") || undefined,
      status,
      cursor: params.get("cursor") || undefined,
      limit: PAGE_SIZE,
    }),
    [params, status],
  );

  /** Goes to a URL built from the current one, changed by `change`; a new search or filter starts at page 1. */
  const go = useCallback(
    (change: (next: URLSearchParams) => void, options: { replace?: boolean; state?: PageState } = {}) => {
      // The address bar, not this render's params: two quick changes (a filter, then another) must both count.
      const next = new URLSearchParams(window.location.search);
      change(next);
      const text = next.toString();
      navigate({ pathname: location.pathname, search: text ? `?${text}` : "" }, options);
    },
    [navigate, location.pathname],
  );

  const setSearch = useCallback(
    (q: string) =>
      go(
        (next) => {
          if (q.trim()) next.set("q", q.trim());
          else next.delete("q");
          next.delete("cursor");
        },
        // Typing replaces the entry: Back leaves the list instead of replaying every keystroke.
        { replace: true },
      ),
    [go],
  );

  const setFilter = useCallback(
    (name: DirectoryFilterName, value: string) =>
      go((next) => {
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete("cursor");
      }),
    [go],
  );

  const clearAll = useCallback(
    () =>
      go((next) => {
        for (const key of [...next.keys()]) next.delete(key);
      }),
    [go],
  );

  const nextPage = useCallback(
    (cursor: string) =>
      go((next) => next.set("cursor", cursor), { state: { before: [...before, query.cursor ?? ""] } }),
    [go, before, query.cursor],
  );

  const previousPage = useCallback(() => {
    const earlier = before.at(-1) ?? "";
    go(
      (next) => {
        if (earlier) next.set("cursor", earlier);
        else next.delete("cursor");
      },
      { state: { before: before.slice(0, -1) } },
    );
  }, [go, before]);

  const firstPage = useCallback(() => go((next) => next.delete("cursor"), { state: { before: [] } }), [go]);

  /** 0-based page number, or null when a link was opened on a later page without its history. */
  const pageIndex = query.cursor === undefined ? 0 : before.length > 0 ? before.length : null;

  return { query, setSearch, setFilter, clearAll, nextPage, previousPage, firstPage, pageIndex };
}
