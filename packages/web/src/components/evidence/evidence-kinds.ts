/** The kinds of evidence, in words (leadership evidence is mostly not code). */
import type { Evidence } from "@ascent/core";

export const EVIDENCE_KINDS: readonly (readonly [Evidence["kind"], string])[] = [
  ["design-doc", "Design document"],
  ["incident-review", "Incident review"],
  ["decision-record", "Decision record"],
  ["conversation", "Mentoring conversation"],
  ["talk", "Talk"],
  ["link", "Link"],
  ["note", "Note"],
];

const WORDS = Object.fromEntries(EVIDENCE_KINDS) as Record<Evidence["kind"], string>;

/** "Incident review" for `incident-review` (the raw kind for one this app does not know). */
export function evidenceKindWords(kind: string): string {
  return WORDS[kind as Evidence["kind"]] ?? kind;
}
