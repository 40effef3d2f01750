/**
 * "Your mentees" at a glance. The API has no route that lists them yet (`GET /api/v1/me/mentees`
 * is asked for in the report); until it answers, the card says so instead of showing anything.
 */
import type { Framework } from "@ascent/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { isApiError } from "../../api/api-error.js";
import { answer, api } from "../../api/client.js";
import type { Mentee } from "../../api/contract.js";
import { describe } from "../../lib/path-helpers.js";
import { ErrorNotice, Loading, NotYetAvailable } from "../status.js";

/** The card. */
export function MenteesCard({ framework }: { readonly framework: Framework }) {
  const mentees = useQuery({
    queryKey: ["mentees"],
    queryFn: async (): Promise<Mentee[] | "missing"> => {
      try {
        return (await answer(api.GET("/api/v1/me/mentees"))).mentees;
      } catch (error) {
        if (isApiError(error, 404)) return "missing";
        throw error;
      }
    },
  });
  if (mentees.isPending) return <Loading what="Finding your mentees" />;
  if (mentees.error) return <ErrorNotice error={mentees.error} />;
  if (mentees.data === "missing")
    return (
      <section className="card card--flat" aria-labelledby="mentees-title">
        <h2 id="mentees-title">Your mentees</h2>
        <NotYetAvailable what="The people you mentor" route="GET /api/v1/me/mentees" />
      </section>
    );
  if (mentees.data.length === 0) return null;
  return (
    <section className="card" aria-labelledby="mentees-title">
      <h2 id="mentees-title">Your mentees</h2>
      <ul className="list-plain">
        {mentees.data.map((m) => (
          <li key={m.personId}>
            <Link to={`/people/${encodeURIComponent(m.personId)}`}>{m.name}</Link>
            <div className="meta">{m.position ? describe(framework, m.position.position) : "No check-in yet"}</div>
            <Link className="btn btn--small" to={`/check-in?person=${encodeURIComponent(m.personId)}&kind=mentor`}>
              Check in with {m.name.split(" ")[0]}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
