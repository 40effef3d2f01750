/**
 * Evidence: dated notes and links attached to stages. The person adds, edits and deletes their
 * own, saying who will see each; anyone who may see it can narrow the list by stage and by words.
 */
import { type Evidence, type Framework, frameworkPath } from "@ascent/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { isApiError } from "../../api/api-error.js";
import { answer, api } from "../../api/client.js";
import { formatDate, stageTitle, stageTitleOf } from "../../lib/path-helpers.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { AddEvidence } from "../evidence/add-evidence.js";
import { EditEvidence } from "../evidence/edit-evidence.js";
import { type EvidenceFilter, filterEvidence, isFiltering, NO_FILTER } from "../evidence/evidence-filter.js";
import { evidenceKindWords } from "../evidence/evidence-kinds.js";
import { EmptyState, ErrorNotice } from "../status.js";

/** The section. */
export function EvidenceSection({
  framework,
  evidence,
  canAdd,
}: {
  readonly framework: Framework;
  readonly evidence: readonly Evidence[];
  readonly canAdd: boolean;
}) {
  // One form at a time: adding, or editing one item.
  const [form, setForm] = useState<{ kind: "add" } | { kind: "edit"; id: string } | null>(null);
  const [filter, setFilter] = useState<EvidenceFilter>(NO_FILTER);
  const [deleting, setDeleting] = useState<Evidence | null>(null);
  const shown = filterEvidence(evidence, filter, evidenceKindWords);
  // When an editor closes, focus goes back to the item's first button rather than to the page.
  const list = useRef<HTMLUListElement>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (!returnTo) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-evidence-id="${CSS.escape(returnTo)}"] button`)?.focus();
    setReturnTo(null);
  }, [returnTo]);
  return (
    <section className="card" aria-labelledby="evidence-title" id="evidence">
      <div className="section-head">
        <h2 id="evidence-title">Evidence</h2>
        {canAdd && form?.kind !== "add" && (
          <button type="button" className="btn btn--small" onClick={() => setForm({ kind: "add" })}>
            Add evidence
          </button>
        )}
      </div>
      {form?.kind === "add" && <AddEvidence framework={framework} onDone={() => setForm(null)} />}
      {evidence.length === 0 && form?.kind !== "add" ? (
        <EmptyState title="No evidence yet">
          <p>
            Leadership evidence is mostly not code: a design document, an incident review you led, a decision record, a
            mentoring conversation. Each one you add is dated and tied to the stages it shows.
          </p>
        </EmptyState>
      ) : null}
      {evidence.length > 1 && (
        <EvidenceFilters
          framework={framework}
          filter={filter}
          onChange={setFilter}
          shown={shown.length}
          total={evidence.length}
        />
      )}
      {evidence.length > 0 && (
        <ul className="list-plain evidence-list" ref={list}>
          {shown.map((e) => (
            <li key={e.id}>
              {form?.kind === "edit" && form.id === e.id ? (
                <EditEvidence
                  framework={framework}
                  evidenceId={e.id}
                  onDone={() => {
                    setForm(null);
                    setReturnTo(e.id);
                  }}
                />
              ) : (
                <EvidenceItem
                  framework={framework}
                  evidence={e}
                  canEdit={canAdd}
                  onEdit={() => setForm({ kind: "edit", id: e.id })}
                  onDelete={() => setDeleting(e)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && <DeleteEvidence evidence={deleting} onClose={() => setDeleting(null)} />}
    </section>
  );
}

function EvidenceItem({
  framework,
  evidence: e,
  canEdit,
  onEdit,
  onDelete,
}: {
  readonly framework: Framework;
  readonly evidence: Evidence;
  readonly canEdit: boolean;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}) {
  return (
    <article className="evidence-item" aria-label={e.title} data-evidence-id={e.id}>
      <div className="row row--spread">
        <strong className="evidence-item__title">
          {e.url ? (
            <a href={e.url} rel="noreferrer noopener" target="_blank">
              {e.title}
            </a>
          ) : (
            e.title
          )}
        </strong>
        <span className="tag tag--muted">{evidenceKindWords(e.kind)}</span>
      </div>
      <div className="meta">
        {formatDate(e.occurredOn)}
        {e.stageIds.length > 0 && ` · ${e.stageIds.map((id) => stageTitleOf(framework, id)).join(", ")}`}
      </div>
      {e.body && <p className="prewrap evidence-body">{e.body}</p>}
      {canEdit && (
        <div className="row evidence-item__actions">
          <button type="button" className="btn btn--small btn--quiet" onClick={onEdit} aria-label={`Edit “${e.title}”`}>
            Edit
          </button>
          <button
            type="button"
            className="btn btn--small btn--quiet btn--danger-text"
            onClick={onDelete}
            aria-label={`Delete “${e.title}”`}
          >
            Delete
          </button>
        </div>
      )}
    </article>
  );
}

function EvidenceFilters({
  framework,
  filter,
  onChange,
  shown,
  total,
}: {
  readonly framework: Framework;
  readonly filter: EvidenceFilter;
  readonly onChange: (filter: EvidenceFilter) => void;
  readonly shown: number;
  readonly total: number;
}) {
  const id = useId();
  return (
    <search className="evidence-filters" aria-label="Filter the evidence">
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-text`}>Find words</label>
          <input
            id={`${id}-text`}
            type="search"
            value={filter.text}
            placeholder="e.g. incident"
            onChange={(e) => onChange({ ...filter, text: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-stage`}>Stage</label>
          <select
            id={`${id}-stage`}
            value={filter.stageId}
            onChange={(e) => onChange({ ...filter, stageId: e.currentTarget.value })}
          >
            <option value="">Every stage</option>
            {frameworkPath(framework).map((s) => (
              <option key={s.stage.id} value={s.stage.id}>
                {s.number}. {stageTitle(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="meta" role="status">
        {isFiltering(filter) ? `${shown} of ${total} shown` : `${total} items`}
        {isFiltering(filter) && (
          <>
            {" · "}
            <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
              Show all
            </button>
          </>
        )}
      </p>
      {shown === 0 && <p>Nothing matches. Try fewer words or another stage.</p>}
    </search>
  );
}

function DeleteEvidence({ evidence, onClose }: { readonly evidence: Evidence | null; readonly onClose: () => void }) {
  const client = useQueryClient();
  // A deletion quotes the version, like every change: the one saved when the dialog opened, so an
  // edit made meanwhile elsewhere (another tab) is refused with a conflict rather than deleted unseen.
  const saved = useQuery({
    queryKey: ["evidence", evidence?.id, "version"],
    queryFn: () => answer(api.GET("/api/v1/evidence/{evidenceId}", { params: { path: { evidenceId: evidence!.id } } })),
    enabled: evidence !== null,
    staleTime: 0,
    gcTime: 0,
  });
  const remove = useMutation({
    mutationFn: ({ id, version }: { readonly id: string; readonly version: number }) =>
      answer(api.DELETE("/api/v1/evidence/{evidenceId}", { params: { path: { evidenceId: id }, query: { version } } })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ["overview"] });
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open={evidence !== null}
      title="Delete this evidence?"
      confirmLabel="Delete it"
      cancelLabel="Keep it"
      busy={remove.isPending || (evidence !== null && saved.isPending)}
      onConfirm={() => evidence && saved.data && remove.mutate({ id: evidence.id, version: saved.data.version })}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
    >
      {evidence && (
        <p>
          “{evidence.title}” ({formatDate(evidence.occurredOn)}) will be gone for good, for you and for everyone you
          shared it with. This cannot be undone.
        </p>
      )}
      {saved.error && <ErrorNotice error={saved.error} onRetry={() => saved.refetch()} />}
      {remove.error &&
        (isApiError(remove.error, 404) && remove.error.message.startsWith("No route") ? (
          <p className="notice notice--warn" role="alert">
            This server cannot delete evidence yet, so nothing was deleted.
          </p>
        ) : (
          <ErrorNotice error={remove.error} />
        ))}
    </ConfirmDialog>
  );
}
