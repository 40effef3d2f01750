/**
 * A version conflict, said plainly: the item changed elsewhere since you opened it. The fields
 * that differ are shown side by side — saved now, and yours — and you choose which to keep.
 */
import type { Evidence, Framework } from "@ascent/core";
import { formatDate, stageTitleOf } from "../../lib/path-helpers.js";
import { ConflictTable } from "../conflict-table.js";
import { DRAFT_FIELDS, type DraftField, differingFields, draftOf, type EvidenceDraft } from "./evidence-draft.js";
import { evidenceKindWords } from "./evidence-kinds.js";

function words(framework: Framework, draft: EvidenceDraft, field: DraftField): string {
  switch (field) {
    case "kind":
      return evidenceKindWords(draft.kind);
    case "day":
      return formatDate(`${draft.day}T00:00:00.000Z`);
    case "stageIds":
      return draft.stageIds.map((s) => stageTitleOf(framework, s)).join(", ") || "none";
    default:
      return draft[field].trim() || "(empty)";
  }
}

/** The conflict notice with its two ways out. */
export function EvidenceConflict({
  framework,
  saved,
  mine,
  busy,
  onKeepMine,
  onUseSaved,
}: {
  readonly framework: Framework;
  readonly saved: Evidence;
  readonly mine: EvidenceDraft;
  readonly busy: boolean;
  readonly onKeepMine: () => void;
  readonly onUseSaved: () => void;
}) {
  const theirs = draftOf(saved);
  const fields = differingFields(theirs, mine);
  const label = (field: DraftField) => DRAFT_FIELDS.find(([f]) => f === field)?.[1] ?? field;
  return (
    <div className="notice notice--warn conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">This evidence changed since you opened it</h3>
      <p>
        It was saved from somewhere else — another tab or device — while you were editing here, so your changes were not
        saved yet. Nothing you typed is lost.
      </p>
      {fields.length === 0 ? (
        <p>What is saved now already matches what you typed.</p>
      ) : (
        <ConflictTable
          caption="The fields that differ"
          className="conflict__table"
          keepLineBreaks
          rows={fields.map((field) => ({
            field,
            label: label(field),
            saved: words(framework, theirs, field),
            mine: words(framework, mine, field),
          }))}
        />
      )}
      <div className="row">
        <button type="button" className="btn btn--primary" onClick={onKeepMine} disabled={busy}>
          Save mine over it
        </button>
        <button type="button" className="btn" onClick={onUseSaved} disabled={busy}>
          Use the saved version
        </button>
      </div>
    </div>
  );
}
