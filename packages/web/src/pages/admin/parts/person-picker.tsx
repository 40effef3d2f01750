/**
 * Choosing one person out of many (the organisation may be 100,000 people): type the start of a
 * name or email, pick from the few matches shown as buttons. Plain buttons rather than a combobox:
 * every step works with Tab and Enter and reads clearly in a screen reader.
 */
import { useEffect, useId, useState } from "react";
import type { DirectoryPerson } from "../../../api/contract.js";
import { usePeoplePage } from "../../../api/organisation.js";
import { SearchInput } from "../../../components/search-input.js";

/** A chosen person: enough to show them and to quote their version in a change. */
export type PickedPerson = Pick<DirectoryPerson, "id" | "name" | "version">;

const MATCHES = 8;

/** The picker; `value` is the chosen person, `error` the API's reason for this field. */
export function PersonPicker({
  label,
  hint,
  value,
  onChange,
  error,
  exclude = [],
  changeLabel = `Change ${label.toLowerCase()}`,
}: {
  readonly label: string;
  readonly hint?: string;
  readonly value: PickedPerson | null;
  readonly onChange: (person: PickedPerson | null) => void;
  readonly error?: string | undefined;
  /** People not to offer (already members, the other side of a mentorship). */
  readonly exclude?: readonly string[];
  /** The name of the button that undoes the choice, e.g. "Change mentor". */
  readonly changeLabel?: string;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const matches = usePeoplePage({ q, limit: MATCHES }, q.length > 0 && value === null);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const offered = (matches.data?.people ?? []).filter((p) => !exclude.includes(p.id));

  return (
    <div className="field person-picker">
      {/* Once someone is chosen the label names the group, not the button: the button keeps its own name. */}
      {value ? (
        <span className="person-picker__label" id={`${id}-label`}>
          {label}
        </span>
      ) : (
        <label htmlFor={id} id={`${id}-label`}>
          {label}
        </label>
      )}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {value ? (
        <fieldset
          className={`person-picker__chosen${error ? " person-picker__chosen--invalid" : ""}`}
          aria-labelledby={`${id}-label`}
        >
          <strong>{value.name}</strong>
          <button
            id={`${id}-change`}
            type="button"
            className="btn btn--small"
            aria-describedby={described}
            onClick={() => {
              onChange(null);
              setText("");
              setQ("");
              window.setTimeout(() => document.getElementById(id)?.focus(), 0);
            }}
          >
            <span aria-hidden="true">Change</span>
            <span className="visually-hidden">{changeLabel}</span>
          </button>
        </fieldset>
      ) : (
        <>
          <SearchInput
            id={id}
            value={text}
            placeholder="Start of a name or email"
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            onText={setText}
            onKeyDown={(event) => {
              if (event.key === "Enter") event.preventDefault();
            }}
          />
          {q && (
            <div className="person-picker__matches" aria-live="polite">
              {matches.isPending ? (
                <span className="meta">Looking…</span>
              ) : offered.length === 0 ? (
                <span className="meta">Nobody whose name or email starts with “{q}”.</span>
              ) : (
                <ul className="list-plain" aria-label={`People matching “${q}”`}>
                  {offered.map((person) => (
                    <li key={person.id}>
                      <button
                        type="button"
                        className="person-picker__option"
                        onClick={() => {
                          onChange({ id: person.id, name: person.name, version: person.version });
                          setText("");
                          setQ("");
                          window.setTimeout(() => document.getElementById(`${id}-change`)?.focus(), 0);
                        }}
                      >
                        <span className="person-picker__name">{person.name}</span>
                        <span className="meta">
                          {[person.team?.name, person.email].filter(Boolean).join(" · ") || "No team"}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
      {error && (
        <span className="error-text" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
