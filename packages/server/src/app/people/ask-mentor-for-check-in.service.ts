/**
 * Use case: a person asks their mentor(s) for a check-in. The request is an audit-log entry per
 * mentor (`check_in.requested`); the nudges dashboard shows it to the mentor until a check-in
 * of the person is submitted after it.
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { runningMentorshipsOfMentee } from "../../store/repositories/mentorship-record.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import { type AuditAction, audit, type NewAuditEntry } from "../audit/audit-log.js";
import type { AppContext } from "../context/app-context.js";
import { forbiddenState } from "../errors/app-error.js";
import { IssueList, MAX_TITLE_LENGTH } from "../validation/issue-list.js";

/** The audit action a request is written as. */
export const CHECK_IN_REQUESTED = "check_in.requested" satisfies AuditAction;

/** Input of askMentorForCheckIn. */
export interface AskMentorForCheckInInput {
  /** A short line for the mentor, e.g. "before my review". */
  readonly message?: unknown;
}

/** Who was asked, and when. */
export interface CheckInRequest {
  readonly mentorIds: readonly string[];
  readonly at: string;
}

/** Records the request to every running mentor of the actor; `forbidden_state` when they have none. */
export async function askMentorForCheckIn(
  ctx: AppContext,
  actor: Actor,
  input: AskMentorForCheckInInput = {},
): Promise<CheckInRequest> {
  const issues = new IssueList();
  const message = issues.optionalText("message", input.message, MAX_TITLE_LENGTH) ?? "";
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.MentorCheckInRequest, [actor.personId]);
  const at = ctx.now();
  return inTransaction(ctx.db, async (db) => {
    const mentorships = await runningMentorshipsOfMentee(db, actor.personId, at);
    if (mentorships.length === 0) throw forbiddenState("You have no mentor to ask for a check-in");
    await audit(
      ctx,
      db,
      ...mentorships.map(
        (m): NewAuditEntry => ({
          at,
          actorId: actor.accountId,
          action: CHECK_IN_REQUESTED,
          targetKind: "person",
          targetId: m.mentor_id,
          details: { menteeId: actor.personId, mentorshipId: m.id, message },
        }),
      ),
    );
    return { mentorIds: mentorships.map((m) => m.mentor_id), at };
  });
}
