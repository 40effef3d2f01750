/** Adding evidence of your own: the fields, who sees it, saved in one step. */
import type { Framework } from "@ascent/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { answer, api } from "../../api/client.js";
import { ErrorNotice } from "../status.js";
import { bodyOf, type EvidenceDraft } from "./evidence-draft.js";
import { EvidenceFormBody, useEvidenceEdits } from "./evidence-form-body.js";
import { NEW_ITEM_CHOICES, saveSharing } from "./evidence-sharing.js";

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
  const edits = useEvidenceEdits(() => ({ ...EMPTY, day: new Date().toISOString().slice(0, 10) }), NEW_ITEM_CHOICES);
  const { draft, choices } = edits;
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
  return (
    <form className="add-form" onSubmit={submit} aria-label="Add evidence">
      {add.error && <ErrorNotice error={add.error} />}
      <EvidenceFormBody
        framework={framework}
        edits={edits}
        editing={false}
        error={add.error}
        saving={add.isPending}
        saveLabel="Save evidence"
        onCancel={onDone}
      />
    </form>
  );
}
