/** Adding evidence of your own: the fields, who sees it, saved in one step. */
import type { Framework } from "@ascent/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api/api-error.js";
import { answer, api } from "../../api/client.js";
import { ErrorNotice } from "../status.js";
import { bodyOf, type EvidenceDraft } from "./evidence-draft.js";
import { EvidenceFields } from "./evidence-fields.js";
import { EvidenceSharingFields, NEW_ITEM_CHOICES, type ShareChoices, saveSharing } from "./evidence-sharing.js";

const EMPTY: EvidenceDraft = {
  kind: "design-doc",
  title: "",
  body: "",
  url: "",
  day: new Date().toISOString().slice(0, 10),
  stageIds: [],
};

/** The add form. */
export function AddEvidence({ framework, onDone }: { readonly framework: Framework; readonly onDone: () => void }) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<EvidenceDraft>(() => ({ ...EMPTY, day: new Date().toISOString().slice(0, 10) }));
  const [choices, setChoices] = useState<ShareChoices>(NEW_ITEM_CHOICES);
  const add = useMutation({
    mutationFn: async () => {
      const created = await answer(api.POST("/api/v1/evidence", { body: bodyOf(draft) }));
      await saveSharing(created.evidence.id, choices, true);
      return created;
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ["overview"] });
      onDone();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate();
  };
  const issue = (f: string) => (add.error instanceof ApiError ? add.error.reasonFor(f) : undefined);
  return (
    <form className="add-form" onSubmit={submit} aria-label="Add evidence">
      {add.error && <ErrorNotice error={add.error} />}
      <EvidenceFields framework={framework} draft={draft} onChange={setDraft} issue={issue} />
      <EvidenceSharingFields choices={choices} onChange={setChoices} editing={false} />
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={add.isPending}>
          {add.isPending ? "Saving…" : "Save evidence"}
        </button>
        <button type="button" className="btn btn--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
