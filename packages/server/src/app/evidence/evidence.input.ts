/** The fields of a piece of evidence as a caller sends them, checked against the active framework. */
import { type EvidenceKind, type Framework, orderedStageIds } from "@ascent/core";
import { type IssueList, MAX_TEXT_LENGTH } from "../validation/issue-list.js";

/** What a caller may send for evidence. */
export interface EvidenceFieldsInput {
  readonly kind?: unknown;
  readonly title?: unknown;
  readonly body?: unknown;
  readonly url?: unknown;
  readonly occurredOn?: unknown;
  readonly stageIds?: unknown;
}

/** Checked evidence fields (undefined where the input had a problem, which `issues` then lists). */
export interface EvidenceFields {
  readonly kind: EvidenceKind | undefined;
  readonly title: string | undefined;
  readonly body: string | undefined;
  readonly url: string | null | undefined;
  readonly occurredOn: string | undefined;
  readonly stageIds: string[] | undefined;
}

/** Every kind of evidence; leadership evidence is mostly not code. */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  "design-doc",
  "incident-review",
  "decision-record",
  "conversation",
  "talk",
  "link",
  "note",
];

/** Reads evidence fields; stage ids must be stages of `framework`. */
export function readEvidenceFields(
  issues: IssueList,
  input: EvidenceFieldsInput,
  framework: Framework,
): EvidenceFields {
  const stages = new Set(orderedStageIds(framework));
  return {
    kind: issues.oneOf("kind", input.kind, EVIDENCE_KINDS),
    title: issues.text("title", input.title),
    body: issues.optionalText("body", input.body ?? "", MAX_TEXT_LENGTH),
    url: issues.optionalUrl("url", input.url),
    occurredOn: issues.isoDate("occurredOn", input.occurredOn),
    stageIds: issues.idList("stageIds", input.stageIds, (id) =>
      stages.has(id) ? null : "is not a stage of the framework",
    ),
  };
}
