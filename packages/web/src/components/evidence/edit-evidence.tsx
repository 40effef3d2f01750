/**
 * Editing one item of your evidence. The form starts from the item as saved (with its version);
 * saving quotes that version, so an edit made meanwhile elsewhere (another tab, another device) is
 * never overwritten silently: the conflict is shown field by field and you choose.
 */
import type { Framework } from "@ascent/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { isApiError } from "../../api/api-error.js";
import { answer, api } from "../../api/client.js";
import type { EvidenceResult } from "../../api/contract.js";
import { ErrorNotice, Loading } from "../status.js";
import { EvidenceConflict } from "./evidence-conflict.js";
import { bodyOf, draftOf } from "./evidence-draft.js";
import { EvidenceFormBody, useEvidenceEdits } from "./evidence-form-body.js";
import { EDIT_CHOICES, saveSharing } from "./evidence-sharing.js";

/** The saved item with its version. */
const load = (evidenceId: string) =>
  answer(api.GET("/api/v1/evidence/{evidenceId}", { params: { path: { evidenceId } } }));

/** Loads the item with its version, then shows the form. */
export function EditEvidence({
  framework,
  evidenceId,
  onDone,
}: {
  readonly framework: Framework;
  readonly evidenceId: string;
  readonly onDone: () => void;
}) {
  const loaded = useQuery({
    queryKey: ["evidence", evidenceId],
    queryFn: () => load(evidenceId),
    staleTime: 0,
    gcTime: 0,
  });
  if (loaded.isPending) return <Loading what="Opening the evidence" />;
  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={() => loaded.refetch()} />;
  return <EditEvidenceForm framework={framework} saved={loaded.data} onDone={onDone} />;
}

function EditEvidenceForm({
  framework,
  saved,
  onDone,
}: {
  readonly framework: Framework;
  readonly saved: EvidenceResult;
  readonly onDone: () => void;
}) {
  const client = useQueryClient();
  const id = saved.evidence.id;
  // The version this edit is based on; it moves on only when you choose after a conflict.
  const [base, setBase] = useState(saved.version);
  const edits = useEvidenceEdits(() => draftOf(saved.evidence), EDIT_CHOICES);
  const { draft, setDraft, choices } = edits;
  const [conflict, setConflict] = useState<EvidenceResult | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // Opening the editor puts you in its first field.
  useEffect(() => form.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  const save = useMutation({
    mutationFn: async (version: number) => {
      const result = await answer(
        api.PATCH("/api/v1/evidence/{evidenceId}", {
          params: { path: { evidenceId: id } },
          body: { version, ...bodyOf(draft) },
        }),
      );
      await saveSharing(id, choices, false);
      return result;
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ["overview"] });
      onDone();
    },
    onError: async (error) => {
      if (!isApiError(error, "conflict")) return;
      // Show what is saved now beside what you typed; your draft stays in the form.
      setConflict(await load(id));
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setConflict(null);
    save.mutate(base);
  };
  const showError = save.error && !isApiError(save.error, "conflict");

  return (
    <form ref={form} className="add-form" onSubmit={submit} aria-label={`Edit “${saved.evidence.title}”`}>
      {conflict && (
        <EvidenceConflict
          framework={framework}
          saved={conflict.evidence}
          mine={draft}
          busy={save.isPending}
          onKeepMine={() => {
            setBase(conflict.version);
            setConflict(null);
            save.mutate(conflict.version);
          }}
          onUseSaved={() => {
            setBase(conflict.version);
            setDraft(draftOf(conflict.evidence));
            setConflict(null);
            save.reset();
          }}
        />
      )}
      {showError && <ErrorNotice error={save.error} />}
      <EvidenceFormBody
        framework={framework}
        edits={edits}
        editing
        error={save.error}
        saving={save.isPending}
        saveBlocked={conflict !== null}
        saveLabel="Save changes"
        onCancel={onDone}
      />
    </form>
  );
}
