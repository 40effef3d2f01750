/**
 * Use case: an admin ends a mentorship, now or at a past date no earlier than its start, quoting
 * its version. The record stays (history: who mentored whom, when); the mentor's access ends.
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findMentorshipRecord, updateMentorshipRecord } from "../../store/repositories/mentorship-record.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, forbiddenState, notFound, validationFailed } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import { pastDateField } from "./mentorship-fields.js";
import { type MentorshipView, mentorshipView } from "./mentorship-view.js";

/** Input of endMentorship. */
export interface EndMentorshipInput {
  readonly mentorshipId: unknown;
  readonly version: unknown;
  /** ISO timestamp, not in the future and not before the start; absent: now. */
  readonly endedAt?: unknown;
}

/** Ends the mentorship; `forbidden_state` when it already has, `conflict` for a stale version. */
export async function endMentorship(ctx: AppContext, actor: Actor, input: EndMentorshipInput): Promise<MentorshipView> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "mentorship");
  const now = ctx.now();
  const issues = new IssueList();
  const mentorshipId = issues.text("mentorshipId", input.mentorshipId, 64);
  const version = issues.positiveInteger("version", input.version);
  const endedAt = pastDateField(issues, "endedAt", input.endedAt, now);
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    const stored = await findMentorshipRecord(db, mentorshipId!);
    if (!stored) throw notFound("mentorship");
    if (stored.value.endedAt !== null && stored.value.endedAt <= now) {
      throw forbiddenState("The mentorship has already ended");
    }
    if (stored.version !== version) throw conflict("Mentorship", version!, stored.version);
    if (endedAt! < stored.value.startedAt) {
      throw validationFailed([{ field: "endedAt", reason: "must not be before the mentorship started" }]);
    }
    const next = { ...stored.value, endedAt: endedAt! };
    const nextVersion = await translatingStoreErrors(() => updateMentorshipRecord(db, next, version!));
    await recordAdminAction(ctx, db, actor, {
      action: "mentorship.ended",
      targetKind: "mentorship",
      targetId: mentorshipId!,
      details: { mentorId: next.mentorId, menteeId: next.menteeId, endedAt },
    });
    return mentorshipView(db, next, nextVersion, now);
  });
}
