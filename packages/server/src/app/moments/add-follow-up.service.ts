/** Use case: add a dated follow-up note to a moment (its giver only). */
import { addFollowUp as addFollowUpNote } from "@ascent/core";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findMoment, saveMoment } from "../../store/repositories/moment.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingDomainErrors } from "../errors/from-domain-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList, MAX_TEXT_LENGTH } from "../validation/issue-list.js";
import { nameMoment } from "./moment-names.js";
import type { MomentResult } from "./record-moment.service.js";

/** Input of addFollowUp. */
export interface AddFollowUpInput {
  readonly momentId: unknown;
  readonly version: unknown;
  readonly note: unknown;
}

/** Appends the note dated now; `conflict` when the moment changed since `version`. */
export async function addFollowUp(ctx: AppContext, actor: Actor, input: AddFollowUpInput): Promise<MomentResult> {
  const issues = new IssueList();
  const momentId = issues.text("momentId", input.momentId);
  const version = issues.positiveInteger("version", input.version);
  const note = issues.text("note", input.note, MAX_TEXT_LENGTH);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.MomentWrite, [momentId!]);
  return inTransaction(ctx.db, async (db) => {
    const stored = await findMoment(db, momentId!);
    if (!stored) throw notFound("moment");
    if (stored.version !== version) throw conflict("Moment", version!, stored.version);
    const moment = await translatingDomainErrors(() => addFollowUpNote(stored.value, note!, ctx.now()));
    const next = await translatingStoreErrors(() => saveMoment(db, moment, version!));
    return { moment: await nameMoment(db, moment), version: next };
  });
}
