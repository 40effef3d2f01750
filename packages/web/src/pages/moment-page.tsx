/**
 * One Awesome Permission moment. Its giver moves it aware → extended → accepted → result (or ends
 * it with no change), each step dated, adds follow-ups and records the outcome. Its receiver sees
 * it once extended, read only. Anyone else — and the receiver while it is `aware` — gets "not found".
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { ApiError, isApiError } from "../api/api-error.js";
import { answer, api } from "../api/client.js";
import type { BodyOf, Moment, MomentResult } from "../api/contract.js";
import { keys, useIngredients, useMoment } from "../api/queries.js";
import { TextAreaField, TextField } from "../components/field.js";
import {
  enteredAt,
  giverNameOf,
  MOMENT_STEPS,
  receiverNameOf,
  STATE_MEANING,
  STATE_WORDS,
  VARIANT_WORDS,
} from "../components/person/moment-words.js";
import { ErrorNotice, Loading } from "../components/status.js";
import { usePeopleNames } from "../hooks/use-people-names.js";
import { useCurrentMe } from "../lib/me-context.js";
import { formatDate } from "../lib/path-helpers.js";
import NotFoundPage from "./not-found-page.js";

const NEXT: Readonly<Partial<Record<Moment["state"], "extended" | "accepted" | "result">>> = {
  aware: "extended",
  extended: "accepted",
  accepted: "result",
};
const MOVE_WORDS = {
  extended: "I told them: mark as extended",
  accepted: "They took it up: mark as accepted",
  result: "Record the result",
} as const;

/** The page. */
export default function MomentPage() {
  const me = useCurrentMe();
  const { momentId = "" } = useParams();
  const moment = useMoment(momentId);
  const m = moment.data?.moment;
  // Names come with the moment; looking the other person up is the fallback (it answers only
  // for people one may open).
  const named = m ? (m.giverId === me.personId ? receiverNameOf(m) : giverNameOf(m)) : undefined;
  const names = usePeopleNames(m && !named ? [m.giverId === me.personId ? m.receiverId : m.giverId] : []);
  if (moment.isPending) return <Loading />;
  if (isApiError(moment.error, 404)) return <NotFoundPage />;
  if (moment.error || !m)
    return (
      <div className="page">
        <ErrorNotice error={moment.error} onRetry={() => moment.refetch()} />
      </div>
    );
  const isGiver = m.giverId === me.personId;
  const otherId = isGiver ? m.receiverId : m.giverId;
  const knownName = named ?? names.get(otherId) ?? undefined;
  const otherName = knownName ?? (isGiver ? "the person you noticed" : "your colleague");
  const final = m.state === "result" || m.state === "no_change";
  return (
    <div className="page page--narrow">
      <header className="page-head">
        <span className="eyebrow">Awesome Permission · {VARIANT_WORDS[m.variant]}</span>
        <h1>
          {isGiver
            ? `Your moment with ${otherName}`
            : knownName
              ? `Permission from ${knownName}`
              : "Permission you were given"}
        </h1>
        <p>
          {isGiver ? (
            <>
              {m.state === "aware"
                ? `Only you see this while it is a note. ${otherName} sees it once you mark it extended.`
                : `${otherName} sees this moment, its follow-ups and outcome. Leaders see counts, never the text.`}{" "}
              <Link to={`/people/${encodeURIComponent(m.receiverId)}`}>Open {otherName}'s page</Link>
            </>
          ) : (
            `${knownName ?? "Someone"} noticed that you can be more, and told you so. This is their record of it, shared with you.`
          )}
        </p>
      </header>

      <section className="card" aria-labelledby="states-title">
        <h2 id="states-title">Where it is</h2>
        <ol className="moment-steps">
          {MOMENT_STEPS.map((step) => {
            const at = enteredAt(m, step);
            const current = m.state === step;
            return (
              <li
                key={step}
                className={`moment-step${at ? " moment-step--done" : ""}${current ? " moment-step--current" : ""}`}
                aria-current={current ? "step" : undefined}
              >
                <strong>{STATE_WORDS[step]}</strong>
                <span className="meta">{at ? formatDate(at) : "not yet"}</span>
              </li>
            );
          })}
          {m.state === "no_change" && (
            <li className="moment-step moment-step--done moment-step--current" aria-current="step">
              <strong>{STATE_WORDS.no_change}</strong>
              <span className="meta">{formatDate(enteredAt(m, "no_change"))}</span>
            </li>
          )}
        </ol>
        <p role="status">
          Now: <strong>{STATE_WORDS[m.state]}</strong>
          {isGiver ? ` — ${STATE_MEANING[m.state]}` : ""}
        </p>
        {isGiver && !final && moment.data && <MoveMoment result={moment.data} otherName={otherName} />}
      </section>

      <Ingredients ids={m.ingredientIds} />

      <section className="card" aria-labelledby="follow-ups-title">
        <h2 id="follow-ups-title">Follow-ups</h2>
        {m.followUps.length === 0 ? (
          <p className="meta">{isGiver ? "Note how it goes after each conversation." : "No follow-ups yet."}</p>
        ) : (
          <ul className="list-plain">
            {m.followUps.map((f) => (
              <li key={`${f.at}-${f.note.slice(0, 20)}`}>
                <div className="meta">{formatDate(f.at)}</div>
                <p className="prewrap">{f.note}</p>
              </li>
            ))}
          </ul>
        )}
        {isGiver && !final && moment.data && <AddFollowUp result={moment.data} otherName={otherName} />}
      </section>

      {m.outcome && (
        <section className="card" aria-labelledby="outcome-title">
          <h2 id="outcome-title">Outcome</h2>
          <p className="prewrap">{m.outcome}</p>
        </section>
      )}
    </div>
  );
}

function Ingredients({ ids }: { readonly ids: readonly string[] }) {
  const ingredients = useIngredients();
  if (ids.length === 0) return null;
  const label = (id: string) => ingredients.data?.find((i) => i.id === id)?.label ?? id;
  return (
    <section className="card" aria-labelledby="ingredients-title">
      <h2 id="ingredients-title">Ingredients present</h2>
      <ul>
        {ids.map((id) => (
          <li key={id}>{label(id)}</li>
        ))}
      </ul>
    </section>
  );
}

function useMomentWrite(momentId: string) {
  const client = useQueryClient();
  return (result: MomentResult) => {
    client.setQueryData(keys.moment(momentId), result);
    void client.invalidateQueries({ queryKey: ["overview"] });
  };
}

function MoveMoment({ result, otherName }: { readonly result: MomentResult; readonly otherName: string }) {
  const m = result.moment;
  const next = NEXT[m.state];
  const [endingWithoutChange, setEnding] = useState(false);
  const saved = useMomentWrite(m.id);
  const move = useMutation({
    mutationFn: (body: BodyOf<"/api/v1/moments/{momentId}/transitions", "post">) =>
      answer(api.POST("/api/v1/moments/{momentId}/transitions", { params: { path: { momentId: m.id } }, body })),
    onSuccess: (r) => {
      saved(r);
      setEnding(false);
    },
  });
  const to = endingWithoutChange ? "no_change" : next;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!to) return;
    const data = new FormData(event.currentTarget);
    const day = String(data.get("at") ?? "");
    const outcome = String(data.get("outcome") ?? "").trim();
    const today = new Date().toISOString().slice(0, 10);
    move.mutate({
      version: result.version,
      to,
      ...(day && day !== today ? { at: `${day}T12:00:00.000Z` } : {}),
      ...(outcome ? { outcome } : {}),
    });
  };
  const issue = (f: string) => (move.error instanceof ApiError ? move.error.reasonFor(f) : undefined);
  if (!to) return null;
  return (
    <form className="add-form" onSubmit={submit} aria-label="Move the moment on">
      {move.error && <ErrorNotice error={move.error} />}
      <TextField
        label="When"
        name="at"
        type="date"
        defaultValue={new Date().toISOString().slice(0, 10)}
        max={new Date().toISOString().slice(0, 10)}
        error={issue("at")}
        hint="Every step is dated; change it if the conversation was earlier."
      />
      {(to === "result" || to === "no_change") && (
        <TextAreaField
          label="Outcome"
          name="outcome"
          maxLength={20_000}
          hint={`Who will see it: you and ${otherName}. Leaders see counts, never the text.`}
        />
      )}
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={move.isPending}>
          {to === "no_change" ? "End with no change" : MOVE_WORDS[to]}
        </button>
        {endingWithoutChange ? (
          <button type="button" className="btn btn--quiet" onClick={() => setEnding(false)}>
            Cancel
          </button>
        ) : (
          <button type="button" className="btn btn--quiet" onClick={() => setEnding(true)}>
            It ended with no change…
          </button>
        )}
      </div>
    </form>
  );
}

function AddFollowUp({ result, otherName }: { readonly result: MomentResult; readonly otherName: string }) {
  const m = result.moment;
  const saved = useMomentWrite(m.id);
  const [note, setNote] = useState("");
  const add = useMutation({
    mutationFn: (body: BodyOf<"/api/v1/moments/{momentId}/follow-ups", "post">) =>
      answer(api.POST("/api/v1/moments/{momentId}/follow-ups", { params: { path: { momentId: m.id } }, body })),
    onSuccess: (r) => {
      saved(r);
      setNote("");
    },
  });
  return (
    <form
      className="add-form"
      aria-label="Add a follow-up"
      onSubmit={(event) => {
        event.preventDefault();
        if (note.trim()) add.mutate({ version: result.version, note: note.trim() });
      }}
    >
      {add.error && <ErrorNotice error={add.error} />}
      <TextAreaField
        label="Follow-up note"
        name="note"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={20_000}
        hint={
          m.state === "aware"
            ? `Who will see it: only you for now; ${otherName} too once you extend permission.`
            : `Who will see it: you and ${otherName}.`
        }
      />
      <button type="submit" className="btn" disabled={add.isPending || note.trim() === ""}>
        Add follow-up
      </button>
    </form>
  );
}
