/** Use case: edit one's evidence and its stage links, refusing a stale version. */
import type { Evidence } from "@ascent/core";
import { findEvidence, updateEvidence } from "../../store/repositories/evidence.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import type { EvidenceResult } from "./add-evidence.service.js";
import { type EvidenceFieldsInput, readEvidenceFields } from "./evidence.input.js";

/** Input of editEvidence: the id, the version edited, and the fields to change (others stay). */
export interface EditEvidenceInput extends EvidenceFieldsInput {
  readonly evidenceId: unknown;
  readonly version: unknown;
}

/** Replaces the given fields of the owner's evidence; `conflict` when it changed since `version`. */
export async function editEvidence(ctx: AppContext, actor: Actor, input: EditEvidenceInput): Promise<EvidenceResult> {
  const issues = new IssueList();
  const evidenceId = issues.text("evidenceId", input.evidenceId);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.EvidenceWrite, [evidenceId!]);
  return inTransaction(ctx.db, async (db) => {
    const stored = await findEvidence(db, evidenceId!);
    if (!stored) throw notFound("evidence");
    const old = stored.value;
    // Unsent fields keep their stored value, so a caller may change just the stage links.
    const fields = readEvidenceFields(
      issues,
      {
        kind: input.kind ?? old.kind,
        title: input.title ?? old.title,
        body: input.body ?? old.body,
        url: input.url === undefined ? old.url : input.url,
        occurredOn: input.occurredOn ?? old.occurredOn,
        stageIds: input.stageIds ?? old.stageIds,
      },
      await activeFramework(db),
    );
    issues.throwIfAny();
    if (stored.version !== version) throw conflict("Evidence", version!, stored.version);
    const evidence: Evidence = {
      ...old,
      kind: fields.kind!,
      title: fields.title!,
      body: fields.body!,
      url: fields.url ?? null,
      occurredOn: fields.occurredOn!,
      stageIds: fields.stageIds!,
    };
    return { evidence, version: await translatingStoreErrors(() => updateEvidence(db, evidence, version!)) };
  });
}
