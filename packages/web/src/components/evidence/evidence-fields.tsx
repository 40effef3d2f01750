/** The fields of an evidence item, shared by adding and editing; controlled, so a draft survives a conflict. */
import { type Framework, frameworkPath } from "@ascent/core";
import { useId } from "react";
import { stageTitle } from "../../lib/path-helpers.js";
import { TextAreaField, TextField } from "../field.js";
import type { EvidenceDraft } from "./evidence-draft.js";
import { EVIDENCE_KINDS } from "./evidence-kinds.js";

/** The form's fields for one draft. */
export function EvidenceFields({
  framework,
  draft,
  onChange,
  issue,
}: {
  readonly framework: Framework;
  readonly draft: EvidenceDraft;
  readonly onChange: (draft: EvidenceDraft) => void;
  /** The API's reason for a field, if it refused it. */
  readonly issue: (field: string) => string | undefined;
}) {
  const id = useId();
  const set = <K extends keyof EvidenceDraft>(field: K, value: EvidenceDraft[K]) =>
    onChange({ ...draft, [field]: value });
  const toggleStage = (stageId: string, on: boolean) =>
    set("stageIds", on ? [...draft.stageIds, stageId] : draft.stageIds.filter((s) => s !== stageId));
  return (
    <>
      <TextField
        label="Title"
        name="title"
        required
        maxLength={200}
        value={draft.title}
        onChange={(e) => set("title", e.currentTarget.value)}
        error={issue("title")}
      />
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            name="kind"
            value={draft.kind}
            onChange={(e) => set("kind", e.currentTarget.value as EvidenceDraft["kind"])}
          >
            {EVIDENCE_KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Date"
          name="occurredOn"
          type="date"
          required
          value={draft.day}
          max={new Date().toISOString().slice(0, 10)}
          onChange={(e) => set("day", e.currentTarget.value)}
          error={issue("occurredOn")}
        />
      </div>
      <TextField
        label="Link (optional)"
        name="url"
        type="url"
        value={draft.url}
        onChange={(e) => set("url", e.currentTarget.value)}
        error={issue("url")}
      />
      <TextAreaField
        label="What happened (optional)"
        name="body"
        hint="Who sees this: you, and your mentor unless you say otherwise below. Your lead does not see evidence text."
        maxLength={20_000}
        value={draft.body}
        onChange={(e) => set("body", e.currentTarget.value)}
        error={issue("body")}
      />
      <fieldset className="field">
        <legend>Stages it shows</legend>
        {issue("stageIds") && <span className="error-text">{issue("stageIds")}</span>}
        <div className="check-columns">
          {frameworkPath(framework).map((s) => (
            <label key={s.stage.id} className="check">
              <input
                type="checkbox"
                name="stageIds"
                value={s.stage.id}
                checked={draft.stageIds.includes(s.stage.id)}
                onChange={(e) => toggleStage(s.stage.id, e.currentTarget.checked)}
              />
              <span>{stageTitle(s)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
