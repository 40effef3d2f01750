/**
 * Use case: correct a submitted check-in. A submitted check-in never changes; the correction is a
 * new check-in that supersedes it. Submitted at once (the usual case) it drops the original out
 * of every computation and updates the read models in the same transaction.
 */
import { startCorrection, updateDraft } from "@ascent/core";
import { findCheckIn, insertCheckIns } from "../../store/repositories/check-in.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import { translatingDomainErrors } from "../errors/from-domain-error.js";
import { IssueList } from "../validation/issue-list.js";
import { type CheckInChangesInput, readCheckInChanges } from "./check-in-changes.input.js";
import { checkCheckIn } from "./check-in-rules.js";
import type { CheckInResult } from "./create-check-in-draft.service.js";
import { type SubmitCheckInResult, submitInTransaction } from "./submit-check-in.service.js";

/** The correction: a draft (`submit: false`), or submitted at once with where it leaves the person. */
export type CorrectionResult = CheckInResult & Partial<Pick<SubmitCheckInResult, "progress" | "positionChanged">>;

/** Input of correctCheckIn: the original, what differs, and whether to submit right away (default true). */
export interface CorrectCheckInInput extends CheckInChangesInput {
  readonly checkInId: unknown;
  readonly submit?: unknown;
}

/** Creates the correction (a draft copying the original, with `changes`) and submits it unless `submit: false`. */
export async function correctCheckIn(
  ctx: AppContext,
  actor: Actor,
  input: CorrectCheckInInput,
): Promise<CorrectionResult> {
  const issues = new IssueList();
  const checkInId = issues.text("checkInId", input.checkInId);
  const changes = readCheckInChanges(issues, input);
  if (input.submit !== undefined && typeof input.submit !== "boolean") issues.add("submit", "must be true or false");
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.CheckInCorrect, [checkInId!]);

  return inTransaction(ctx.db, async (db) => {
    const original = await findCheckIn(db, checkInId!);
    if (!original) throw notFound("check-in");
    const framework = await activeFramework(db);
    const draft = await translatingDomainErrors(() =>
      updateDraft(
        startCorrection(
          original.value,
          { id: ctx.newId(), authorId: actor.personId, frameworkHash: framework.contentHash },
          ctx.now(),
        ),
        changes,
      ),
    );
    await checkCheckIn(db, framework, draft, issues, original.value.evidenceIds);
    issues.throwIfAny();
    await insertCheckIns(db, [draft]);
    if (input.submit === false) return { checkIn: draft, version: 1 };
    return submitInTransaction({ ...ctx, db }, draft.id, 1);
  });
}
