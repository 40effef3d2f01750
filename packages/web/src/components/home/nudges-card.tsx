/** Nudges in my scope (leads, leaders, admins): overdue check-ins, requests, people to follow up. */
import type { Framework } from "@ascent/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Nudges } from "../../api/contract.js";
import { useNudges } from "../../api/queries.js";
import { usePeopleNames } from "../../hooks/use-people-names.js";
import { formatDate, stageTitleOf } from "../../lib/path-helpers.js";
import { EmptyState, ErrorNotice, Loading } from "../status.js";

function PersonName({ id, names }: { readonly id: string; readonly names: ReadonlyMap<string, string | null> }) {
  const name = names.get(id);
  if (name) return <Link to={`/people/${encodeURIComponent(id)}`}>{name}</Link>;
  return <span className="meta">{name === null ? "someone you cannot open" : "…"}</span>;
}

function idsOf(n: Nudges, mine: string): string[] {
  return [
    ...n.checkInRequests.filter((r) => r.mentorId === mine).map((r) => r.menteeId),
    ...n.overdueCheckIns.map((o) => o.menteeId),
    ...n.candidates.map((c) => c.personId),
    ...n.stuck.map((s) => s.personId),
  ];
}

/** The card; renders nothing for people without a dashboard scope. */
export function NudgesCard({ framework, myPersonId }: { readonly framework: Framework; readonly myPersonId: string }) {
  const nudges = useNudges();
  const names = usePeopleNames(nudges.data ? idsOf(nudges.data, myPersonId) : []);
  if (nudges.isPending) return <Loading what="Looking for nudges" />;
  if (nudges.error) return <ErrorNotice error={nudges.error} />;
  const n = nudges.data;
  if (!n) return null;
  const requests = n.checkInRequests.filter((r) => r.mentorId === myPersonId);
  const items: ReactNode[] = [
    ...requests.map((r) => (
      <li key={`req-${r.menteeId}`}>
        <PersonName id={r.menteeId} names={names} /> asked you for a check-in on {formatDate(r.at)}.{" "}
        <Link to={`/check-in?person=${encodeURIComponent(r.menteeId)}&kind=mentor`}>Start it</Link>
      </li>
    )),
    ...n.overdueCheckIns.slice(0, 6).map((o) => (
      <li key={`due-${o.mentorshipId}`}>
        A check-in with <PersonName id={o.menteeId} names={names} /> is {o.daysOverdue} days overdue
        {o.mentorId === myPersonId ? " (you are their mentor)" : ""}.
      </li>
    )),
    ...n.candidates.slice(0, 4).map((c) => (
      <li key={`cand-${c.personId}`}>
        <PersonName id={c.personId} names={names} /> has held stage {c.reached} for {c.days} days: a moment to tell them
        what you see in them?
      </li>
    )),
    ...n.stuck.slice(0, 4).map((s) => (
      <li key={`stuck-${s.personId}`}>
        <PersonName id={s.personId} names={names} /> has worked on {stageTitleOf(framework, s.stageId)} for {s.days}{" "}
        days; a conversation about what would help may be due.
      </li>
    )),
  ];
  return (
    <section className="card" aria-labelledby="nudges-title">
      <h2 id="nudges-title">Worth doing next</h2>
      {items.length === 0 ? (
        <EmptyState title="Nothing is waiting">
          <p>Requests for check-ins, overdue check-ins and people ready for a nudge will appear here.</p>
        </EmptyState>
      ) : (
        <ul className="list-plain nudge-list">{items}</ul>
      )}
    </section>
  );
}
