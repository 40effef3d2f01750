/**
 * The frame a team's and a group's opened panel share: the last change said in words, the error,
 * the name form beside the person picker, then the unit's lists; and the list of its leads.
 */
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ErrorNotice } from "../../../components/status.js";

/** The panel around a unit's forms and lists. */
export function UnitPanel({
  note,
  error,
  nameForm,
  picker,
  children,
}: {
  /** What the last change did, or null before any. */
  readonly note: string | null;
  /** The error of the last change to the unit's people, or null. */
  readonly error: unknown;
  readonly nameForm: ReactNode;
  /** The person picker with its button. */
  readonly picker: ReactNode;
  /** The unit's lists: members, leads. */
  readonly children: ReactNode;
}) {
  return (
    <div className="team-panel">
      {note && (
        <p className="notice notice--ok" role="status">
          {note}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <div className="grid-halves">
        {nameForm}
        <div>{picker}</div>
      </div>
      {children}
    </div>
  );
}

/** A unit's leads, each with a way to stop leading it; `empty` says what it means to have none. */
export function UnitLeads<Lead extends { readonly id: string; readonly name: string }>({
  leads,
  busy,
  onStopLeading,
  empty,
}: {
  readonly leads: readonly Lead[];
  readonly busy: boolean;
  readonly onStopLeading: (lead: Lead) => void;
  readonly empty: ReactNode;
}) {
  return (
    <>
      <h4 className="team-panel__title">Leads</h4>
      {leads.length === 0 ? (
        <p className="meta">{empty}</p>
      ) : (
        <ul className="list-plain member-list">
          {leads.map((lead) => (
            <li key={lead.id} className="member-row">
              <Link to={`/admin/people/${lead.id}`}>{lead.name}</Link>
              <button type="button" className="btn btn--small" disabled={busy} onClick={() => onStopLeading(lead)}>
                Stop leading<span className="visually-hidden"> {lead.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
