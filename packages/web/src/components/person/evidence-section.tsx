/** Evidence: dated notes and links attached to stages; the person adds their own, saying who will see it. */
import { type Evidence, type Framework, frameworkPath } from "@ascent/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import type { EvidenceResult } from "../../api/types.js";
import { formatDate, stageTitle, stageTitleOf } from "../../lib/path-helpers.js";
import { TextAreaField, TextField } from "../field.js";
import { EmptyState, ErrorNotice } from "../status.js";
import { SharingControl } from "./sharing-control.js";

const KINDS = [
  ["design-doc", "Design document"],
  ["incident-review", "Incident review"],
  ["decision-record", "Decision record"],
  ["conversation", "Mentoring conversation"],
  ["talk", "Talk"],
  ["link", "Link"],
  ["note", "Note"],
] as const;
const KIND_WORDS = Object.fromEntries(KINDS) as Record<Evidence["kind"], string>;

/** The section. */
export function EvidenceSection({
  framework,
  evidence,
  canAdd,
}: {
  readonly framework: Framework;
  readonly evidence: readonly Evidence[];
  readonly canAdd: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const sorted = [...evidence].sort((a, b) => (a.occurredOn < b.occurredOn ? 1 : -1));
  return (
    <section className="card" aria-labelledby="evidence-title" id="evidence">
      <div className="section-head">
        <h2 id="evidence-title">Evidence</h2>
        {canAdd && !adding && (
          <button type="button" className="btn btn--small" onClick={() => setAdding(true)}>
            Add evidence
          </button>
        )}
      </div>
      {adding && <AddEvidence framework={framework} onDone={() => setAdding(false)} />}
      {sorted.length === 0 && !adding ? (
        <EmptyState title="No evidence yet">
          <p>
            Leadership evidence is mostly not code: a design document, an incident review you led, a decision record, a
            mentoring conversation. Each one you add is dated and tied to the stages it shows.
          </p>
        </EmptyState>
      ) : (
        <ul className="list-plain">
          {sorted.map((e) => (
            <li key={e.id}>
              <div className="row">
                <strong>
                  {e.url ? (
                    <a href={e.url} rel="noreferrer noopener" target="_blank">
                      {e.title}
                    </a>
                  ) : (
                    e.title
                  )}
                </strong>
                <span className="tag tag--muted">{KIND_WORDS[e.kind] ?? e.kind}</span>
              </div>
              <div className="meta">
                {formatDate(e.occurredOn)}
                {e.stageIds.length > 0 && ` · ${e.stageIds.map((id) => stageTitleOf(framework, id)).join(", ")}`}
              </div>
              {e.body && <p className="prewrap evidence-body">{e.body}</p>}
              {canAdd && <SharingControl itemKind="evidence" itemId={e.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AddEvidence({ framework, onDone }: { readonly framework: Framework; readonly onDone: () => void }) {
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: (body: object) => api<EvidenceResult>("/evidence", { method: "POST", body }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ["overview"] });
      onDone();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const day = String(data.get("occurredOn") ?? "");
    add.mutate({
      kind: String(data.get("kind")),
      title: String(data.get("title") ?? "").trim(),
      body: String(data.get("body") ?? ""),
      url: String(data.get("url") ?? "").trim() || null,
      occurredOn: day ? `${day}T00:00:00.000Z` : new Date().toISOString(),
      stageIds: data.getAll("stageIds").map(String),
    });
  };
  const issue = (f: string) => (add.error instanceof ApiError ? add.error.reasonFor(f) : undefined);
  return (
    <form className="add-form" onSubmit={submit} aria-label="Add evidence">
      {add.error && <ErrorNotice error={add.error} />}
      <div className="field">
        <label htmlFor="evidence-kind">Kind</label>
        <select id="evidence-kind" name="kind" defaultValue="design-doc">
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <TextField label="Title" name="title" required maxLength={200} error={issue("title")} />
      <TextField
        label="Date"
        name="occurredOn"
        type="date"
        required
        defaultValue={new Date().toISOString().slice(0, 10)}
        error={issue("occurredOn")}
      />
      <TextField label="Link (optional)" name="url" type="url" error={issue("url")} />
      <TextAreaField
        label="What happened (optional)"
        name="body"
        hint="Who sees this: you, and by default your mentor. Your lead does not see evidence text. You can change it per item."
        maxLength={20_000}
      />
      <fieldset className="field">
        <legend>Stages it shows</legend>
        {frameworkPath(framework).map((s) => (
          <label key={s.stage.id} className="check">
            <input type="checkbox" name="stageIds" value={s.stage.id} />
            <span>{stageTitle(s)}</span>
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={add.isPending}>
          {add.isPending ? "Saving…" : "Save evidence"}
        </button>
        <button type="button" className="btn btn--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
