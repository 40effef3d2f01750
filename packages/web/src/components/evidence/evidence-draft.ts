/**
 * Evidence as a form holds it (a draft), and the comparison a version conflict needs: which
 * fields differ between what is saved now and what you typed.
 */
import type { Evidence } from "@ascent/core";

/** The editable fields, as the form holds them. */
export interface EvidenceDraft {
  readonly kind: Evidence["kind"];
  readonly title: string;
  readonly body: string;
  /** "" for no link. */
  readonly url: string;
  /** The day it happened, YYYY-MM-DD. */
  readonly day: string;
  readonly stageIds: readonly string[];
}

export type DraftField = keyof EvidenceDraft;

/** The order fields are shown in, with their labels. */
export const DRAFT_FIELDS: readonly (readonly [DraftField, string])[] = [
  ["title", "Title"],
  ["kind", "Kind"],
  ["day", "Date"],
  ["url", "Link"],
  ["body", "What happened"],
  ["stageIds", "Stages it shows"],
];

/** The draft of a stored item. */
export function draftOf(evidence: Evidence): EvidenceDraft {
  return {
    kind: evidence.kind,
    title: evidence.title,
    body: evidence.body,
    url: evidence.url ?? "",
    day: evidence.occurredOn.slice(0, 10),
    stageIds: [...evidence.stageIds],
  };
}

/** The API body of a draft (without the version). Dates are stored as midnight UTC of the day. */
export function bodyOf(draft: EvidenceDraft) {
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    body: draft.body,
    url: draft.url.trim() || null,
    occurredOn: `${draft.day}T00:00:00.000Z`,
    stageIds: [...draft.stageIds],
  };
}

function same(field: DraftField, a: EvidenceDraft, b: EvidenceDraft): boolean {
  if (field === "stageIds") {
    const left = [...a.stageIds].sort();
    const right = [...b.stageIds].sort();
    return left.length === right.length && left.every((id, i) => id === right[i]);
  }
  if (field === "title" || field === "url") return a[field].trim() === b[field].trim();
  return a[field] === b[field];
}

/** The fields in which two drafts differ, in display order. */
export function differingFields(a: EvidenceDraft, b: EvidenceDraft): DraftField[] {
  return DRAFT_FIELDS.map(([field]) => field).filter((field) => !same(field, a, b));
}
