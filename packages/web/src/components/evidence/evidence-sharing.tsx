/**
 * "Who sees it" inside the evidence form: per audience, keep what is set, return to the usual, or
 * widen / narrow. The API does not say what an item's current setting is, so editing starts from
 * "leave as it is" rather than pretending to know.
 */
import { useId } from "react";
import { answer, api } from "../../api/client.js";

/** One audience's choice; "keep" sends nothing. */
export type ShareChoice = "keep" | "default" | "allow" | "deny";
export type ShareChoices = Readonly<Record<"mentor" | "lead", ShareChoice>>;

const AUDIENCES = [
  ["mentor", "Your mentor", "As usual: your mentor sees it"],
  ["lead", "Your lead", "As usual: your lead does not see it"],
] as const;

/** The choices a new item starts with (nothing to keep yet). */
export const NEW_ITEM_CHOICES: ShareChoices = { mentor: "default", lead: "default" };
/** The choices an edit starts with. */
export const EDIT_CHOICES: ShareChoices = { mentor: "keep", lead: "keep" };

/** Sends the choices that change something; a new item's "default" is already in force. */
export async function saveSharing(evidenceId: string, choices: ShareChoices, isNew: boolean): Promise<void> {
  for (const [audience] of AUDIENCES) {
    const choice = choices[audience];
    if (choice === "keep" || (isNew && choice === "default")) continue;
    await answer(
      api.PUT("/api/v1/sharing", {
        body: {
          itemKind: "evidence",
          itemId: evidenceId,
          audience,
          allowed: choice === "default" ? null : choice === "allow",
        },
      }),
    );
  }
}

/** The two selects. */
export function EvidenceSharingFields({
  choices,
  onChange,
  editing,
}: {
  readonly choices: ShareChoices;
  readonly onChange: (choices: ShareChoices) => void;
  readonly editing: boolean;
}) {
  const id = useId();
  return (
    <fieldset className="field">
      <legend>Who sees it</legend>
      <div className="field-row">
        {AUDIENCES.map(([audience, label, usual]) => (
          <div className="field" key={audience}>
            <label htmlFor={`${id}-${audience}`}>{label}</label>
            <select
              id={`${id}-${audience}`}
              value={choices[audience]}
              onChange={(e) => onChange({ ...choices, [audience]: e.currentTarget.value as ShareChoice })}
            >
              {editing && <option value="keep">Leave as it is</option>}
              <option value="default">{usual}</option>
              <option value="allow">Can see it</option>
              <option value="deny">Cannot see it</option>
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
