/**
 * One page of people: each row with the name (to their page), title, team and their place on the
 * path (own view and mentor's view apart). Admins also see the email, granted roles and a link
 * to manage the person.
 */
import type { Framework } from "@ascent/core";
import { Link } from "react-router";
import type { DirectoryPerson } from "../../api/contract.js";
import { PathMarker } from "./path-marker.js";

const ROLE_WORDS = { admin: "Admin", leader: "Leader" } as const;

/** The rows. */
export function DirectoryList({
  framework,
  people,
  myPersonId,
  manageable,
}: {
  readonly framework: Framework;
  readonly people: readonly DirectoryPerson[];
  readonly myPersonId: string;
  /** Admins: each row links to the person's admin page too. */
  readonly manageable: boolean;
}) {
  return (
    <ul className="list-boxed">
      {people.map((person) => (
        <li key={person.id} className="directory-row">
          <div className="directory-row__who">
            <Link className="directory-row__name" to={person.id === myPersonId ? "/me" : `/people/${person.id}`}>
              {person.name}
            </Link>
            {person.id === myPersonId && <span className="tag tag--self">You</span>}
            {person.status === "deactivated" && <span className="tag tag--muted">Deactivated</span>}
            {(person.roles ?? []).map((role) => (
              <span key={role} className="tag">
                {ROLE_WORDS[role]}
              </span>
            ))}
            {(person.title || person.email) && (
              <div className="meta directory-row__detail">
                {[person.title, person.email].filter(Boolean).join(" · ")}
              </div>
            )}
          </div>
          <div className="directory-row__team">
            <span className="directory-row__label">Team</span>
            {person.team ? person.team.name : <span className="meta">No team</span>}
          </div>
          <div className="directory-row__position">
            <span className="directory-row__label">On the path</span>
            <PathMarker framework={framework} self={person.positions.self} mentor={person.positions.mentor} />
          </div>
          {manageable && (
            <div className="directory-row__manage">
              <Link className="btn btn--small" to={`/admin/people/${person.id}`} aria-label={`Manage ${person.name}`}>
                Manage
              </Link>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
