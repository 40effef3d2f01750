/**
 * Starting a mentorship: mentor, mentee, how often they check in, optionally a past start date,
 * and whether it replaces the mentee's current mentor. Each problem the API names — a mentor
 * cycle on the mentor, a cadence out of range — shows on its field.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { isApiError } from "../../../api/api-error.js";
import { answer, api } from "../../../api/client.js";
import type { BodyOf, MentorshipView } from "../../../api/contract.js";
import { refreshOrganisation } from "../../../api/organisation.js";
import { TextField } from "../../../components/field.js";
import { FormError, fieldError } from "./form-errors.js";
import { PersonPicker, type PickedPerson } from "./person-picker.js";

/** The form. */
export function StartMentorshipForm() {
  const client = useQueryClient();
  const [mentor, setMentor] = useState<PickedPerson | null>(null);
  const [mentee, setMentee] = useState<PickedPerson | null>(null);
  const [cadence, setCadence] = useState("28");
  const [startedOn, setStartedOn] = useState("");
  const [replace, setReplace] = useState(false);
  const [started, setStarted] = useState<MentorshipView | null>(null);
  // Choosing nobody is caught here, before asking the server.
  const [missing, setMissing] = useState<{ mentor: boolean; mentee: boolean }>({ mentor: false, mentee: false });
  const start = useMutation({
    mutationFn: (body: BodyOf<"/api/v1/mentorships", "post">) => answer(api.POST("/api/v1/mentorships", { body })),
    onSuccess: async (result) => {
      setStarted(result);
      setMentor(null);
      setMentee(null);
      setReplace(false);
      setStartedOn("");
      await refreshOrganisation(client);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStarted(null);
    const nobody = { mentor: mentor === null, mentee: mentee === null };
    setMissing(nobody);
    if (nobody.mentor || nobody.mentee) return;
    start.mutate({
      mentorId: mentor?.id ?? "",
      menteeId: mentee?.id ?? "",
      cadenceDays: Number(cadence),
      ...(startedOn ? { startedAt: `${startedOn}T00:00:00.000Z` } : {}),
      ...(replace ? { replaceCurrent: true } : {}),
    });
  };
  // "Already has a mentor" is about the mentee: say it there, with the way out next to it.
  const hasMentor =
    isApiError(start.error, "forbidden_state") && /already has a mentor/i.test(start.error.message)
      ? "Already has a mentor: tick “Replace their current mentor” below, or end that mentorship first."
      : undefined;
  const mentorError = missing.mentor && !mentor ? "Choose the mentor." : fieldError(start.error, "mentorId");
  const menteeError =
    missing.mentee && !mentee ? "Choose the mentee." : (fieldError(start.error, "menteeId") ?? hasMentor);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="start-title" className="card">
      <h2 id="start-title">Start a mentorship</h2>
      <p className="meta">
        The mentor sees what the mentee shares with mentors (by default check-ins, evidence and plan), never their
        private notes.
      </p>
      {!hasMentor && (
        <FormError
          error={start.error}
          fields={["mentorId", "menteeId", "cadenceDays", "startedAt", "replaceCurrent"]}
        />
      )}
      {started && (
        <p className="notice notice--ok" role="status">
          {started.mentor.name} now mentors {started.mentee.name}, with a check-in every {started.cadenceDays} days.
        </p>
      )}
      <div className="admin-form-grid">
        <PersonPicker
          label="Mentor"
          value={mentor}
          onChange={setMentor}
          exclude={mentee ? [mentee.id] : []}
          error={mentorError}
        />
        <PersonPicker
          label="Mentee"
          value={mentee}
          onChange={setMentee}
          exclude={mentor ? [mentor.id] : []}
          error={menteeError}
        />
        <TextField
          label="Check-in every (days)"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          value={cadence}
          onChange={(e) => setCadence(e.currentTarget.value)}
          hint="A check-in not done within this many days becomes a nudge. 28 is every four weeks."
          error={fieldError(start.error, "cadenceDays")}
        />
        <TextField
          label="Started on"
          type="date"
          value={startedOn}
          onChange={(e) => setStartedOn(e.currentTarget.value)}
          hint="Leave empty for today; a past date records a mentorship that already runs."
          error={fieldError(start.error, "startedAt")}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} />
        <span>
          Replace their current mentor
          <span className="hint-line">
            The mentee's current mentorship ends when this one starts; its history stays.
          </span>
        </span>
      </label>
      <button type="submit" className="btn btn--primary" disabled={start.isPending}>
        {start.isPending ? "Starting…" : "Start mentorship"}
      </button>
    </form>
  );
}
