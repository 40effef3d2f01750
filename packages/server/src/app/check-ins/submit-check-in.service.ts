/**
 * Use case: submit a check-in draft. The new position is computed here, once, with the core
 * (`positionAfterCheckIn`) from the person's check-ins read under their lock; the store writes the
 * check-in, the position, its change log and the dashboard aggregates in the same transaction and
 * says what changed, so dashboards never see one without the other.
 */
import { positionAfterCheckIn, submitDraft } from "@ascent/core";
import { lockPeople } from "../../store/read-models/lock-people.js";
import { recordSubmittedCheckIn } from "../../store/read-models/record-submitted-check-in.js";
import { findCheckIn, listCheckInsOfPerson } from "../../store/repositories/check-in.repository.js";
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
import { checkCheckIn } from "./check-in-rules.js";
import type { CheckInResult } from "./create-check-in-draft.service.js";

/** Input of submitCheckIn (the use case; the core's `submitDraft` only moves the draft to submitted). */
export interface SubmitCheckInInput {
  readonly checkInId: unknown;
  readonly version: unknown;
}

/** The submitted check-in, and the person's position afterwards. */
export interface SubmitCheckInResult extends CheckInResult {
  /** The current-position progress after submission (null only if nothing counts yet). */
  readonly progress: number | null;
  /** True when the submission moved the person's current position. */
  readonly positionChanged: boolean;
}

/** Submits the author's draft now; refuses a stale version (`conflict`) or a submitted one (`forbidden_state`). */
export async function submitCheckIn(
  ctx: AppContext,
  actor: Actor,
  input: SubmitCheckInInput,
): Promise<SubmitCheckInResult> {
  const issues = new IssueList();
  const checkInId = issues.text("checkInId", input.checkInId);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.CheckInEdit, [checkInId!]);
  return inTransaction(ctx.db, (db) => submitInTransaction({ ...ctx, db }, checkInId!, version!));
}

/** The submission itself, inside the caller's transaction (also used by corrections). */
export async function submitInTransaction(
  ctx: AppContext,
  checkInId: string,
  version: number,
): Promise<SubmitCheckInResult> {
  const { db } = ctx;
  const stored = await findCheckIn(db, checkInId);
  if (!stored) throw notFound("check-in");
  // Concurrent submissions for one person queue here, before the submission time is taken and
  // before the history the position is computed from is read.
  await lockPeople(db, [stored.value.personId]);
  const at = ctx.now();
  const checkIn = await translatingDomainErrors(() => submitDraft(stored.value, at));
  if (stored.version !== version) throw conflict("Check-in", version, stored.version);
  const framework = await activeFramework(db);
  const issues = new IssueList();
  await checkCheckIn(db, framework, checkIn, issues, stored.value.evidenceIds);
  issues.throwIfAny();
  const position = positionAfterCheckIn(framework, await listCheckInsOfPerson(db, checkIn.personId), checkIn);
  const recorded = await translatingStoreErrors(() =>
    recordSubmittedCheckIn(db, { checkIn, draftVersion: version, position }),
  );
  return {
    checkIn: recorded.checkIn,
    version: version + 1,
    progress: recorded.progress,
    positionChanged: recorded.positionChanged,
  };
}
