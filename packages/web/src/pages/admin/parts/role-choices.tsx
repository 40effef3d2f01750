/**
 * The roles an admin grants: leader and admin. Everyone is a member; leading a team comes from
 * the team, and mentoring from a mentorship, so neither is a box to tick here.
 */
import { useId } from "react";

type Role = "admin" | "leader";

const ROLES: readonly { role: Role; label: string; means: string }[] = [
  {
    role: "leader",
    label: "Leader",
    means: "Sees the organisation's dashboards: positions, coverage, pipeline. Never notes or evidence text.",
  },
  {
    role: "admin",
    label: "Admin",
    means: "Manages accounts, teams, mentorships, the framework and settings.",
  },
];

/** The two checkboxes. */
export function RoleChoices({
  value,
  onChange,
  error,
  disabled,
  legendHidden = false,
}: {
  readonly value: readonly Role[];
  readonly onChange: (roles: readonly Role[]) => void;
  readonly error?: string | undefined;
  readonly disabled?: boolean;
  /** When a heading right above already says "Roles". */
  readonly legendHidden?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={legendHidden ? "visually-hidden" : undefined}>Roles</legend>
      <span className="hint">Everyone is a member. Leads come from teams, mentors from mentorships.</span>
      {ROLES.map(({ role, label, means }) => (
        <label key={role} className="check">
          <input
            type="checkbox"
            checked={value.includes(role)}
            disabled={disabled}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              onChange(on ? [...value.filter((r) => r !== role), role] : value.filter((r) => r !== role));
            }}
          />
          <span>
            {label}
            <span className="hint-line">{means}</span>
          </span>
        </label>
      ))}
      {error && (
        <span className="error-text" id={`${id}-error`}>
          {error}
        </span>
      )}
    </fieldset>
  );
}
