/**
 * Admin · Mentorships: start one; the running ones with their cadence (change it, or end the
 * mentorship); the ended ones as history. Filtered by person and state through the URL, a page
 * at a time.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { answer, api } from "../../api/client.js";
import type { MentorshipView } from "../../api/contract.js";
import { refreshOrganisation, useAdminPerson, useMentorships } from "../../api/organisation.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { EmptyState, ErrorNotice, Loading } from "../../components/status.js";
import { formatDate } from "../../lib/path-helpers.js";
import { fieldError } from "./parts/form-errors.js";
import { StartMentorshipForm } from "./parts/start-mentorship-form.js";

type State = "active" | "ended" | "all";
const STATES: readonly [State, string][] = [
  ["active", "Running"],
  ["ended", "Ended"],
  ["all", "All"],
];
const PAGE = 50;

/** The page. */
export default function MentorshipsAdminPage() {
  const [params, setParams] = useSearchParams();
  const state = (STATES.find(([s]) => s === params.get("state"))?.[0] ?? "active") as State;
  const personId = params.get("personId") ?? undefined;
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const cursor = cursors.at(-1);
  const list = useMentorships({ state, limit: PAGE, ...(personId ? { personId } : {}), ...(cursor ? { cursor } : {}) });
  const person = useAdminPerson(personId ?? "");
  const [ending, setEnding] = useState<MentorshipView | null>(null);
  const client = useQueryClient();
  const end = useMutation({
    mutationFn: (m: MentorshipView) =>
      answer(
        api.POST("/api/v1/mentorships/{mentorshipId}/end", {
          params: { path: { mentorshipId: m.id } },
          body: { version: m.version },
        }),
      ),
    onSuccess: async () => {
      setEnding(null);
      await refreshOrganisation(client);
    },
  });
  const setState = (next: State) => {
    setCursors([]);
    setParams((p) => {
      const n = new URLSearchParams(p);
      if (next === "active") n.delete("state");
      else n.set("state", next);
      return n;
    });
  };

  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">Admin · Mentorships</span>
        <h1>Mentorships</h1>
        <p>Who mentors whom, and how often they check in. A person has one mentor at a time.</p>
      </header>
      <StartMentorshipForm />

      <section className="admin-section" aria-labelledby="list-title">
        <div className="section-head">
          <h2 id="list-title">
            {STATES.find(([s]) => s === state)?.[1]} mentorships
            {personId && person.data ? ` of ${person.data.name}` : ""}
          </h2>
          <fieldset className="row">
            <legend className="visually-hidden">Which mentorships</legend>
            {STATES.map(([s, label]) => (
              <button
                key={s}
                type="button"
                className={`btn btn--small${s === state ? " btn--primary" : ""}`}
                aria-pressed={s === state}
                onClick={() => setState(s)}
              >
                {label}
              </button>
            ))}
          </fieldset>
        </div>
        {personId && (
          <p>
            <Link
              to={state === "active" ? "/admin/mentorships" : `/admin/mentorships?state=${state}`}
              onClick={() => setCursors([])}
            >
              Show everyone's
            </Link>
          </p>
        )}
        {end.error !== null && <ErrorNotice error={end.error} />}
        {list.isPending ? (
          <Loading what="Finding mentorships" />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => list.refetch()} />
        ) : list.data.mentorships.length === 0 ? (
          <EmptyState title={state === "ended" ? "No ended mentorships" : "No mentorships yet"}>
            <p>
              Start one above, or import the org chart with a mentor column. Each mentee's check-ins are then expected
              at the cadence you set.
            </p>
          </EmptyState>
        ) : (
          <ul className="list-boxed">
            {list.data.mentorships.map((m) => (
              <MentorshipRow key={m.id} mentorship={m} onEnd={() => setEnding(m)} />
            ))}
          </ul>
        )}
        {(cursor || list.data?.nextCursor) && (
          <nav className="directory-pages" aria-label="Pages of mentorships">
            <button type="button" className="btn" disabled={!cursor} onClick={() => setCursors((c) => c.slice(0, -1))}>
              ← Previous page
            </button>
            <button
              type="button"
              className="btn"
              disabled={!list.data?.nextCursor}
              onClick={() => {
                const next = list.data?.nextCursor;
                if (next) setCursors((c) => [...c, next]);
              }}
            >
              Next page →
            </button>
          </nav>
        )}
      </section>

      <ConfirmDialog
        open={ending !== null}
        title="End this mentorship?"
        confirmLabel="End mentorship"
        busy={end.isPending}
        onConfirm={() => ending && end.mutate(ending)}
        onCancel={() => setEnding(null)}
      >
        {ending && (
          <ul>
            <li>
              {ending.mentor.name} stops mentoring {ending.mentee.name} today, and no longer sees what{" "}
              {ending.mentee.name} shares with mentors.
            </li>
            <li>Check-ins made together stay in {ending.mentee.name}'s history; nothing is deleted.</li>
            <li>No more nudges about their check-ins.</li>
          </ul>
        )}
      </ConfirmDialog>
    </div>
  );
}

function MentorshipRow({ mentorship: m, onEnd }: { readonly mentorship: MentorshipView; readonly onEnd: () => void }) {
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [days, setDays] = useState(String(m.cadenceDays));
  const change = useMutation({
    mutationFn: () =>
      answer(
        api.PATCH("/api/v1/mentorships/{mentorshipId}", {
          params: { path: { mentorshipId: m.id } },
          body: { version: m.version, cadenceDays: Number(days) },
        }),
      ),
    onSuccess: async () => {
      setEditing(false);
      await refreshOrganisation(client);
    },
  });
  const error = fieldError(change.error, "cadenceDays");
  return (
    <li className="unit">
      <div className="unit__head">
        <div>
          <h3 className="unit__name">
            <Link to={`/admin/people/${m.mentor.id}`}>{m.mentor.name}</Link>
            <span className="meta"> mentors </span>
            <Link to={`/admin/people/${m.mentee.id}`}>{m.mentee.name}</Link>
          </h3>
          <p className="meta">
            {m.active
              ? `Since ${formatDate(m.startedAt)} · a check-in every ${m.cadenceDays} days`
              : `${formatDate(m.startedAt)} – ${formatDate(m.endedAt)} · every ${m.cadenceDays} days`}
          </p>
        </div>
        {m.active && !editing && (
          <div className="row">
            <button type="button" className="btn btn--small" onClick={() => setEditing(true)}>
              Change cadence<span className="visually-hidden"> of {m.mentee.name}'s mentorship</span>
            </button>
            <button type="button" className="btn btn--small btn--danger" onClick={onEnd}>
              End
              <span className="visually-hidden">
                {" "}
                {m.mentor.name} mentoring {m.mentee.name}
              </span>
            </button>
          </div>
        )}
        {!m.active && <span className="tag tag--muted">Ended</span>}
      </div>
      {editing && (
        <form
          className="cadence-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            change.mutate();
          }}
        >
          {change.error !== null && !error && <ErrorNotice error={change.error} />}
          <div className="field">
            <label htmlFor={`cadence-${m.id}`}>Check-in every (days)</label>
            <input
              id={`cadence-${m.id}`}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={days}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `cadence-${m.id}-error` : undefined}
              onChange={(e) => setDays(e.currentTarget.value)}
            />
            {error && (
              <span className="error-text" id={`cadence-${m.id}-error`}>
                {error}
              </span>
            )}
          </div>
          <div className="row">
            <button type="submit" className="btn btn--primary btn--small" disabled={change.isPending}>
              Save cadence
            </button>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => {
                setEditing(false);
                setDays(String(m.cadenceDays));
                change.reset();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
