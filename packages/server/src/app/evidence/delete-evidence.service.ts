/** Use case: delete a piece of one's own evidence for good, refusing a stale version. */
import { deleteEvidenceRecord, findEvidence } from "../../store/repositories/evidence.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";

/** Input of deleteEvidence: the id and the version the caller saw. */
export interface DeleteEvidenceInput {
  readonly evidenceId: unknown;
  readonly version: unknown;
}

/**
 * Deletes the owner's evidence with its stage links and sharing; `not_found` for anyone else (as
 * for a missing item), `conflict` when it changed since `version` — the caller confirmed deleting
 * what they saw, not an edit made meanwhile.
 */
export async function deleteEvidence(ctx: AppContext, actor: Actor, input: DeleteEvidenceInput): Promise<void> {
  const issues = new IssueList();
  const evidenceId = issues.text("evidenceId", input.evidenceId);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.EvidenceWrite, [evidenceId!]);
  await inTransaction(ctx.db, async (db) => {
    const stored = await findEvidence(db, evidenceId!);
    if (!stored) throw notFound("evidence");
    if (stored.version !== version) throw conflict("Evidence", version!, stored.version);
    await translatingStoreErrors(() => deleteEvidenceRecord(db, evidenceId!, version!));
  });
}
