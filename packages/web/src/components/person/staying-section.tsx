/**
 * Staying here by choice: shown with respect, never as "stuck". The person (or their mentor with
 * them) can mark it, quoting the person's version from the overview.
 */
import type { StayingByChoice } from "@ascent/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { answer, api } from "../../api/client.js";
import { formatDate } from "../../lib/path-helpers.js";
import { TextField } from "../field.js";
import { ErrorNotice } from "../status.js";

/** The section. */
export function StayingSection({
  personId,
  staying,
  version,
  canSet,
  aboutSelf,
}: {
  readonly personId: string;
  readonly staying: StayingByChoice | null;
  readonly version: number;
  readonly canSet: boolean;
  readonly aboutSelf: boolean;
}) {
  const client = useQueryClient();
  const [note, setNote] = useState("");
  const set = useMutation({
    mutationFn: (value: boolean) =>
      answer(
        api.PUT("/api/v1/people/{personId}/staying-by-choice", {
          params: { path: { personId } },
          body: { version, staying: value, ...(value && note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ["overview"] }),
  });
  return (
    <section className="card" aria-labelledby="staying-title">
      <h2 id="staying-title">Staying by choice</h2>
      {staying ? (
        <p>
          {aboutSelf ? "You chose" : "They chose"} to stay at this stage, since {formatDate(staying.since)}. That is a
          respected choice: nobody is nudged about moving on.
          {staying.note && <span className="meta"> “{staying.note}”</span>}
        </p>
      ) : (
        <p className="meta">
          Many excellent engineers choose a stage that suits them and stay there. Saying so keeps nudges about moving on
          away from {aboutSelf ? "you" : "them"}.
        </p>
      )}
      {set.error && <ErrorNotice error={set.error} />}
      {canSet &&
        (staying ? (
          <button type="button" className="btn" onClick={() => set.mutate(false)} disabled={set.isPending}>
            I no longer want to stay here
          </button>
        ) : (
          <>
            <TextField
              label="A line about why (optional)"
              hint="Seen by you, your mentor and your lead."
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
            />
            <button type="button" className="btn" onClick={() => set.mutate(true)} disabled={set.isPending}>
              Mark as staying here by choice
            </button>
          </>
        ))}
    </section>
  );
}
