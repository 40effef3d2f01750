/**
 * The person page's Awesome Permission section: the moments the signed-in person may see about
 * this person (as giver; as receiver once extended), and — for someone else's page — recording a
 * new one: variant, the ingredients present, and a plain note on who will see it.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { answer, api } from "../../api/client.js";
import type { BodyOf, Moment } from "../../api/contract.js";
import { useIngredients } from "../../api/queries.js";
import { usePeopleNames } from "../../hooks/use-people-names.js";
import { formatDate } from "../../lib/path-helpers.js";
import { ErrorNotice } from "../status.js";
import { giverNameOf, momentTitle, receiverNameOf, STATE_WORDS, VARIANT_WORDS } from "./moment-words.js";

/** The section. */
export function MomentsSection({
  personId,
  personName,
  aboutSelf,
  meId,
  moments,
}: {
  readonly personId: string;
  readonly personName: string;
  readonly aboutSelf: boolean;
  readonly meId: string;
  readonly moments: readonly Moment[];
}) {
  const [recording, setRecording] = useState(false);
  const first = personName.split(" ")[0] ?? personName;
  // Givers the API did not name, looked up where the signed-in person may open them.
  const names = usePeopleNames([
    ...moments.filter((m) => m.giverId !== meId && !giverNameOf(m)).map((m) => m.giverId),
    // On one's own page, the moments one gave are about someone else: their receivers are named.
    ...moments
      .filter((m) => m.giverId === meId && m.receiverId !== personId && !receiverNameOf(m))
      .map((m) => m.receiverId),
  ]);
  return (
    <section className="card" aria-labelledby="moments-title">
      <div className="row row--spread">
        <h2 id="moments-title">Awesome Permission</h2>
        {!aboutSelf && !recording && (
          <button type="button" className="btn btn--small" onClick={() => setRecording(true)}>
            Record a moment
          </button>
        )}
      </div>
      {recording && (
        <RecordMoment receiverId={personId} receiverFirstName={first} onCancel={() => setRecording(false)} />
      )}
      {moments.length === 0 ? (
        <p className="meta">
          {aboutSelf
            ? "When someone tells you that you can be more, the moment shows here once they have said it to you."
            : `When you notice that ${first} could take off, note it here. It stays your private note until you tell them.`}
        </p>
      ) : (
        <ul className="list-plain">
          {moments.map((m) => (
            <li key={m.id}>
              <div className="row row--spread">
                <Link to={`/moments/${encodeURIComponent(m.id)}`}>
                  {momentTitle(m, meId, { personId, firstName: first }, names)} · {VARIANT_WORDS[m.variant]}
                </Link>
                <span className={`tag tag--state-${m.state}`}>{STATE_WORDS[m.state]}</span>
              </div>
              <div className="meta">
                Since {formatDate(m.transitions[m.transitions.length - 1]?.at)} · noticed{" "}
                {formatDate(m.transitions[0]?.at)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RecordMoment({
  receiverId,
  receiverFirstName,
  onCancel,
}: {
  readonly receiverId: string;
  readonly receiverFirstName: string;
  readonly onCancel: () => void;
}) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const ingredients = useIngredients();
  const record = useMutation({
    mutationFn: (body: BodyOf<"/api/v1/moments", "post">) => answer(api.POST("/api/v1/moments", { body })),
    onSuccess: async (result) => {
      await client.invalidateQueries({ queryKey: ["overview"] });
      navigate(`/moments/${encodeURIComponent(result.moment.id)}`);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    record.mutate({
      receiverId,
      // The radio buttons offer exactly the variants; the server checks it anyway.
      variant: String(data.get("variant")) as Moment["variant"],
      ingredientIds: data.getAll("ingredientIds").map(String),
    });
  };
  return (
    <form className="add-form" onSubmit={submit} aria-label="Record an Awesome Permission moment">
      <p className="notice notice--warn" id="moment-visibility">
        Who will see it: only you, while it is a note (“aware”). {receiverFirstName} sees it once you mark that you
        extended permission. Leaders see counts, never the text.
      </p>
      {record.error && <ErrorNotice error={record.error} />}
      <fieldset className="field">
        <legend>What you noticed</legend>
        <label className="check">
          <input type="radio" name="variant" value="struggling" required />
          <span>
            <strong>Struggling</strong> — they are finding it hard; you will tell them they can be more.
          </span>
        </label>
        <label className="check">
          <input type="radio" name="variant" value="instinct_of_potential" />
          <span>
            <strong>Instinct of potential</strong> — they are good; you will tell them they are awesome.
          </span>
        </label>
      </fieldset>
      <fieldset className="field" aria-describedby="moment-visibility">
        <legend>Ingredients present</legend>
        {ingredients.isPending && <p className="meta">Loading the checklist…</p>}
        {ingredients.error && <ErrorNotice error={ingredients.error} />}
        {ingredients.data?.map((i) => (
          <label key={i.id} className="check">
            <input type="checkbox" name="ingredientIds" value={i.id} />
            <span>
              {i.label}
              <span className="meta"> — {i.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={record.isPending}>
          {record.isPending ? "Saving…" : "Save the moment"}
        </button>
        <button type="button" className="btn btn--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
