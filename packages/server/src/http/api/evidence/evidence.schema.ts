/** Schemas of evidence. */
import { z } from "zod";
import type { EvidenceResult } from "../../../app/evidence/add-evidence.service.js";
import { idParam } from "../common.schema.js";
import { idListField, versionField } from "../domain.schema.js";
import { schemaDescribes } from "../schema-describes.js";

const fields = {
  kind: z.enum(["design-doc", "incident-review", "decision-record", "conversation", "talk", "link", "note"]),
  title: z.string().max(200),
  body: z.string().max(20_000),
  url: z.string().max(2000).nullable(),
  occurredOn: z.string().describe("ISO-8601 UTC timestamp, e.g. 2026-03-01T00:00:00.000Z"),
  stageIds: idListField,
};

/** New evidence (for oneself). */
export const addEvidenceBodySchema = z.object({
  ...fields,
  body: fields.body.optional(),
  url: fields.url.optional(),
  stageIds: fields.stageIds.optional(),
});

/** Editing evidence: any subset of the fields. */
export const editEvidenceBodySchema = z.object({
  version: versionField,
  kind: fields.kind.optional(),
  title: fields.title.optional(),
  body: fields.body.optional(),
  url: fields.url.optional(),
  occurredOn: fields.occurredOn.optional(),
  stageIds: fields.stageIds.optional(),
});

/** Deleting evidence quotes the version read; a DELETE has no body, so it goes in the query. */
export const deleteEvidenceQuerySchema = z.object({
  version: z.coerce.number().int().positive().describe("The version you read; a stale one gets 409 conflict"),
});

/** `:evidenceId`. */
export const evidenceParamsSchema = z.object({ evidenceId: idParam });

/** One piece of evidence as the services return it (the core's `Evidence`). */
export const evidenceSchema = z
  .object({
    id: z.string(),
    personId: z.string().describe("Whose record it is (evidence is always one's own)"),
    kind: fields.kind,
    title: z.string(),
    body: z.string(),
    url: z.string().nullable(),
    occurredOn: z.string().describe("When it happened (ISO-8601 UTC timestamp)"),
    stageIds: z.array(z.string()).readonly().describe("The stages it is evidence for"),
  })
  .meta({ id: "Evidence" });

/** Evidence and the version an edit or deletion must quote. */
export const evidenceResultSchema = z
  .object({ evidence: evidenceSchema, version: z.number().int().describe("Quote it to edit or delete") })
  .meta({ id: "EvidenceResult" });
schemaDescribes<typeof evidenceResultSchema, EvidenceResult>(true);
