/** Use case: an admin changes how often a running mentorship expects a check-in, quoting its version. */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findMentorshipRecord, updateMentorshipRecord } from "../../store/repositories/mentorship-record.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, forbiddenState, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import { cadenceField } from "./mentorship-fields.js";
import { type MentorshipView, mentorshipView } from "./mentorship-view.js";

/** Input of changeMentorshipCadence. */
export interface ChangeCadenceInput {
  readonly mentorshipId: unknown;
  readonly version: unknown;
  readonly cadenceDays: unknown;
}

/** Sets the cadence; `forbidden_state` once ended (history stays as it was), `conflict` for a stale version. */
export async function changeMentorshipCadence(
  ctx: AppContext,
  actor: Actor,
  input: ChangeCadenceInput,
): Promise<MentorshipView> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "mentorship");
  const issues = new IssueList();
  const mentorshipId = issues.text("mentorshipId", input.mentorshipId, 64);
  const version = issues.positiveInteger("version", input.version);
  const cadenceDays = cadenceField(issues, input.cadenceDays);
  issues.throwIfAny();
  const now = ctx.now();
  return inTransaction(ctx.db, async (db) => {
    const stored = await findMentorshipRecord(db, mentorshipId!);
    if (!stored) throw notFound("mentorship");
    if (stored.value.endedAt !== null && stored.value.endedAt <= now) {
      throw forbiddenState("The mentorship has ended; its cadence is history");
    }
    if (stored.version !== version) throw conflict("Mentorship", version!, stored.version);
    const next = { ...stored.value, cadenceDays: cadenceDays! };
    const nextVersion = await translatingStoreErrors(() => updateMentorshipRecord(db, next, version!));
    await recordAdminAction(ctx, db, actor, {
      action: "mentorship.changed",
      targetKind: "mentorship",
      targetId: mentorshipId!,
      details: { cadenceDays: { from: stored.value.cadenceDays, to: cadenceDays } },
    });
    return mentorshipView(db, next, nextVersion, now);
  });
}
