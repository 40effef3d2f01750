/** What the add and the edit form share: the evidence's fields with the API's reasons, who sees it, save or cancel. */
import type { Framework } from "@ascent/core";
import { useState } from "react";
import { ApiError } from "../../api/api-error.js";
import type { EvidenceDraft } from "./evidence-draft.js";
import { EvidenceFields } from "./evidence-fields.js";
import { EvidenceSharingFields, type ShareChoices } from "./evidence-sharing.js";

/** What the form edits: the item's fields and who sees it. */
export interface EvidenceEdits {
  readonly draft: EvidenceDraft;
  readonly setDraft: (draft: EvidenceDraft) => void;
  readonly choices: ShareChoices;
  readonly setChoices: (choices: ShareChoices) => void;
}

/** The edits, starting from `initialDraft` (computed once) and `initialChoices`. */
export function useEvidenceEdits(initialDraft: () => EvidenceDraft, initialChoices: ShareChoices): EvidenceEdits {
  const [draft, setDraft] = useState<EvidenceDraft>(initialDraft);
  const [choices, setChoices] = useState<ShareChoices>(initialChoices);
  return { draft, setDraft, choices, setChoices };
}

/** The form's inside; the form element and its submit handler are the caller's. */
export function EvidenceFormBody({
  framework,
  edits,
  editing,
  error,
  saving,
  saveBlocked = false,
  saveLabel,
  onCancel,
}: {
  readonly framework: Framework;
  readonly edits: EvidenceEdits;
  /** Editing a saved item rather than adding one. */
  readonly editing: boolean;
  /** The last save's error: its reasons are shown on the fields. */
  readonly error: unknown;
  readonly saving: boolean;
  /** Save is held back (e.g. while a conflict waits for your choice). */
  readonly saveBlocked?: boolean;
  readonly saveLabel: string;
  readonly onCancel: () => void;
}) {
  const issue = (field: string) => (error instanceof ApiError ? error.reasonFor(field) : undefined);
  return (
    <>
      <EvidenceFields framework={framework} draft={edits.draft} onChange={edits.setDraft} issue={issue} />
      <EvidenceSharingFields choices={edits.choices} onChange={edits.setChoices} editing={editing} />
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={saving || saveBlocked}>
          {saving ? "Saving…" : saveLabel}
        </button>
        <button type="button" className="btn btn--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
