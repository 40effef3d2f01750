/** Use case: edit a check-in draft (its author only; a submitted check-in never changes). */
import { updateDraft } from "@ascent/core";
import { findCheckIn, updateDraftCheckIn } from "../../store/repositories/check-in.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingDomainErrors } from "../errors/from-domain-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import { type CheckInChangesInput, readCheckInChanges } from "./check-in-changes.input.js";
import { checkCheckIn } from "./check-in-rules.js";
import type { CheckInResult } from "./create-check-in-draft.service.js";

/** Input of updateCheckInDraft: the id, the version the caller edited, and the changes. */
export interface UpdateCheckInDraftInput extends CheckInChangesInput {
  readonly checkInId: unknown;
  readonly version: unknown;
}

/** Applies changes to a draft; `conflict` when it changed since `version`, `forbidden_state` once submitted. */
export async function updateCheckInDraft(
  ctx: AppContext,
  actor: Actor,
  input: UpdateCheckInDraftInput,
): Promise<CheckInResult> {
  const issues = new IssueList();
  const checkInId = issues.text("checkInId", input.checkInId);
  const version = issues.positiveInteger("version", input.version);
  const changes = readCheckInChanges(issues, input);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.CheckInEdit, [checkInId!]);

  return inTransaction(ctx.db, async (db) => {
    const stored = await findCheckIn(db, checkInId!);
    if (!stored) throw notFound("check-in");
    const checkIn = await translatingDomainErrors(() => updateDraft(stored.value, changes));
    if (stored.version !== version) throw conflict("Check-in", version!, stored.version);
    await checkCheckIn(db, await activeFramework(db), checkIn, issues, stored.value.evidenceIds);
    issues.throwIfAny();
    return { checkIn, version: await translatingStoreErrors(() => updateDraftCheckIn(db, checkIn, version!)) };
  });
}
