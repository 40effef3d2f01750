/**
 * Use case: submit a check-in draft. In the same transaction the person's current position is
 * recomputed and a position change appended, so dashboards never see one without the other.
 */
import { submitCheckIn as submitDraft } from "@ascent/core";
import { findCheckIn, updateCheckInIfVersion } from "../../store/queries/check-in.queries.js";
import { activeFramework } from "../../store/queries/framework.queries.js";
import { refreshPositionReadModels } from "../../store/queries/position-read-model.queries.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { inTransaction } from "../context/in-transaction.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingDomainErrors } from "../errors/from-domain-error.js";
import { IssueList } from "../validation/issue-list.js";
import { checkCheckIn } from "./check-in-rules.js";
import type { CheckInResult } from "./create-check-in-draft.service.js";

/** Input of submitCheckIn. */
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
  const at = ctx.now();
  const checkIn = await translatingDomainErrors(() => submitDraft(stored.checkIn, at));
  if (stored.version !== version) throw conflict("Check-in", version, stored.version);
  const framework = await activeFramework(db);
  const issues = new IssueList();
  await checkCheckIn(db, framework, checkIn, issues);
  issues.throwIfAny();
  if (!(await updateCheckInIfVersion(db, checkIn, version))) throw conflict("Check-in", version, version + 1);
  const refresh = await refreshPositionReadModels(db, framework, checkIn.personId, checkIn.id, at);
  return { checkIn, version: version + 1, progress: refresh.progress, positionChanged: refresh.changed };
}
