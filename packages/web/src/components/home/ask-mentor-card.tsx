/** "Ask my mentor for a check-in", with an optional short message that the mentor will see. */
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { isApiError } from "../../api/api-error.js";
import { answer, api } from "../../api/client.js";
import { formatDate } from "../../lib/path-helpers.js";
import { TextField } from "../field.js";
import { ErrorNotice } from "../status.js";

/** The card on the home page. */
export function AskMentorCard() {
  const [message, setMessage] = useState("");
  const ask = useMutation({
    mutationFn: () =>
      answer(api.POST("/api/v1/me/check-in-requests", { body: message.trim() ? { message: message.trim() } : {} })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };
  return (
    <section className="card" aria-labelledby="ask-title">
      <h2 id="ask-title">Ask your mentor for a check-in</h2>
      {ask.isSuccess ? (
        <p role="status" className="notice notice--ok">
          Asked on {formatDate(ask.data.at)}. Your mentor sees your request among their nudges until you have had the
          check-in.
        </p>
      ) : (
        <form onSubmit={submit}>
          {ask.error &&
            (isApiError(ask.error, "forbidden_state") ? (
              <p className="notice notice--warn" role="alert">
                You have no mentor yet. An admin can pair you with one; until then, your own check-ins keep your place.
              </p>
            ) : (
              <ErrorNotice error={ask.error} />
            ))}
          <TextField
            label="A line for your mentor (optional)"
            hint="Only your mentor sees this."
            value={message}
            maxLength={200}
            onChange={(e) => setMessage(e.target.value)}
            placeholder="e.g. before my review in May"
          />
          <button type="submit" className="btn" disabled={ask.isPending}>
            {ask.isPending ? "Asking…" : "Ask for a check-in"}
          </button>
        </form>
      )}
    </section>
  );
}
