/**
 * The people directory: everyone the signed-in person may see (the server decides — admins and
 * leaders the organisation, leads their teams, mentors their mentees, everyone else themselves),
 * searched by name, filtered by team, group, stage and status, one keyset page at a time so it
 * stays quick at any size. Search, filters and page live in the URL. Used by the People page and
 * by the admin's People page (with a "Manage" link per row).
 */
import { useEffect, useRef } from "react";
import { isApiError } from "../../api/api-error.js";
import type { PeoplePage } from "../../api/contract.js";
import { useGroups, usePeoplePage, useTeams } from "../../api/organisation.js";
import { useFramework } from "../../api/queries.js";
import { useCurrentMe } from "../../lib/me-context.js";
import { isAdmin } from "../../lib/organisation-permissions.js";
import { EmptyState, ErrorNotice, Loading } from "../status.js";
import { rangeWords } from "./count-words.js";
import { DirectoryFilters } from "./directory-filters.js";
import { DirectoryList } from "./directory-list.js";
import { DirectorySearch } from "./directory-search.js";
import { PAGE_SIZE, useDirectoryParams } from "./use-directory-params.js";
import "./people-directory.css";

const SCOPE_WORDS: Record<PeoplePage["scope"], string> = {
  organisation: "Everyone in the organisation.",
  related: "You, the people you mentor and the people of the teams you lead.",
  self: "Only you for now: when you mentor someone or lead a team, they appear here too.",
};

/** Search, filters, one page of people and the page buttons. */
export function PeopleDirectory({ title }: { readonly title?: string }) {
  const me = useCurrentMe();
  const showsAdminTools = isAdmin(me);
  const framework = useFramework();
  const teams = useTeams();
  const groups = useGroups();
  const { query, setSearch, setFilter, clearAll, nextPage, previousPage, firstPage, pageIndex } = useDirectoryParams();
  const page = usePeoplePage(query);
  const results = useRef<HTMLHeadingElement>(null);
  const cursor = query.cursor;
  const moved = useRef(false);

  // After Next or Previous, the reader starts at the top of the new page.
  useEffect(() => {
    if (!moved.current) return;
    if (page.isPlaceholderData || page.isPending) return;
    moved.current = false;
    results.current?.focus();
  }, [page.isPlaceholderData, page.isPending]);

  const filtered = Boolean(query.q || query.teamId || query.groupId || query.stage || query.status);
  const data = page.data;
  const scope = data?.scope;

  return (
    <>
      {scope && <p className="directory-scope">{SCOPE_WORDS[scope]}</p>}
      {scope !== undefined && scope !== "self" && (
        <section className="card directory-controls" aria-label="Search and filters">
          <DirectorySearch
            value={query.q ?? ""}
            onSearch={setSearch}
            hint={showsAdminTools ? "The start of a name or an email address." : "The start of a name."}
          />
          {framework.data && (
            <DirectoryFilters
              framework={framework.data}
              teams={teams.data ?? []}
              groups={groups.data ?? []}
              query={query}
              onFilter={setFilter}
            />
          )}
          {filtered && (
            <button type="button" className="btn btn--small btn--quiet" onClick={clearAll}>
              Clear search and filters
            </button>
          )}
        </section>
      )}

      <section className="directory-results" aria-labelledby="directory-results-title">
        <div className="section-head">
          <h2 id="directory-results-title" ref={results} tabIndex={-1}>
            {filtered ? "Matching people" : (title ?? "Everyone you can see")}
          </h2>
          {data && (
            <p className="meta directory-count" role="status">
              {/* While the next page loads the rows on screen are the old ones: their range would be wrong. */}
              {page.isPlaceholderData
                ? "Finding people…"
                : rangeWords(pageIndex, PAGE_SIZE, data.people.length, data.total)}
            </p>
          )}
        </div>
        {page.isPending || framework.isPending ? (
          <Loading what="Finding people" />
        ) : page.error || framework.error ? (
          isApiError(page.error, "validation_failed") && cursor ? (
            <EmptyState
              title="This page of the list has expired"
              action={
                <button type="button" className="btn btn--primary" onClick={firstPage}>
                  Start from the first page
                </button>
              }
            >
              <p>The link points into a list that has changed. Start again from the top.</p>
            </EmptyState>
          ) : (
            <ErrorNotice error={page.error ?? framework.error} onRetry={() => page.refetch()} />
          )
        ) : data!.people.length === 0 ? (
          <EmptyState
            title={filtered ? "Nobody matches" : "Nobody here yet"}
            action={
              filtered ? (
                <button type="button" className="btn" onClick={clearAll}>
                  Clear search and filters
                </button>
              ) : undefined
            }
          >
            <p>
              {filtered
                ? "Try the start of a first name, or fewer filters."
                : "People appear here once an admin adds them or imports the org chart."}
            </p>
          </EmptyState>
        ) : (
          <div aria-busy={page.isPlaceholderData || undefined} className={page.isPlaceholderData ? "is-stale" : ""}>
            <DirectoryList
              framework={framework.data!}
              people={data!.people}
              myPersonId={me.personId}
              manageable={showsAdminTools}
            />
          </div>
        )}
        {data && (cursor || data.nextCursor) && (
          <nav className="directory-pages" aria-label="Pages of people">
            {pageIndex === null ? (
              <button type="button" className="btn" onClick={firstPage}>
                First page
              </button>
            ) : (
              <button
                type="button"
                className="btn"
                disabled={!cursor}
                onClick={() => {
                  moved.current = true;
                  previousPage();
                }}
              >
                ← Previous page
              </button>
            )}
            <button
              type="button"
              className="btn"
              disabled={!data.nextCursor || page.isPlaceholderData}
              onClick={() => {
                if (!data.nextCursor) return;
                moved.current = true;
                nextPage(data.nextCursor);
              }}
            >
              Next page →
            </button>
          </nav>
        )}
      </section>
    </>
  );
}
