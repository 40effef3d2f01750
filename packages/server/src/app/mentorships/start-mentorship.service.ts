/**
 * Use case: an admin starts a mentorship — mentor, mentee, cadence, and optionally a past start
 * date. A person has at most one open mentorship as mentee: a second is refused unless
 * `replaceCurrent` asks to end the current one at the new one's start (its history is kept).
 * A mentorship that would close a mentor cycle is refused, as in the org-chart import. Mentoring
 * is a role (the mentor sees what the mentee shares), so the start is audited.
 */
import type { Mentorship } from "@ascent/core";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { insertMentorships } from "../../store/repositories/mentorship.repository.js";
import { openMentorshipsOf, updateMentorshipRecord } from "../../store/repositories/mentorship-record.repository.js";
import { findPerson } from "../../store/repositories/person.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { forbiddenState, notFound, validationFailed } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import { requireNoMentorCycle } from "./mentor-cycle.js";
import { cadenceField, pastDateField } from "./mentorship-fields.js";
import { type MentorshipView, mentorshipView } from "./mentorship-view.js";

/** Input of startMentorship. */
export interface StartMentorshipInput {
  readonly mentorId: unknown;
  readonly menteeId: unknown;
  readonly cadenceDays: unknown;
  /** ISO timestamp, not in the future; absent: now. */
  readonly startedAt?: unknown;
  /** End the mentee's current mentorship at this one's start instead of refusing. */
  readonly replaceCurrent?: unknown;
}

/** Starts the mentorship; returns it. */
export async function startMentorship(
  ctx: AppContext,
  actor: Actor,
  input: StartMentorshipInput,
): Promise<MentorshipView> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "mentorship");
  const now = ctx.now();
  const issues = new IssueList();
  const mentorId = issues.text("mentorId", input.mentorId, 64);
  const menteeId = issues.text("menteeId", input.menteeId, 64);
  const cadenceDays = cadenceField(issues, input.cadenceDays);
  const startedAt = pastDateField(issues, "startedAt", input.startedAt, now);
  if (input.replaceCurrent !== undefined && typeof input.replaceCurrent !== "boolean") {
    issues.add("replaceCurrent", "must be true or false");
  }
  if (mentorId !== undefined && mentorId === menteeId) issues.add("mentorId", "cannot be the mentee");
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    const [mentor, mentee] = [await findPerson(db, mentorId!), await findPerson(db, menteeId!)];
    if (!mentor || !mentee) throw notFound("person");
    for (const [role, person] of [
      ["mentor", mentor],
      ["mentee", mentee],
    ] as const) {
      if (person.value.status !== "active") {
        throw forbiddenState(`Only active people take part in mentorships; the ${role} is ${person.value.status}`);
      }
    }
    const current = await openMentorshipsOf(db, [menteeId!], now);
    if (current.some((m) => m.value.mentorId === mentorId)) {
      throw forbiddenState("This mentor already mentors this person");
    }
    if (current.length > 0 && input.replaceCurrent !== true) {
      throw forbiddenState(
        "This person already has a mentor: end that mentorship first, or start this one with replaceCurrent",
      );
    }
    await requireNoMentorCycle(db, mentorId!, menteeId!, now);
    for (const old of current) {
      if (old.value.startedAt > startedAt!) {
        throw validationFailed([
          { field: "startedAt", reason: "must not be before the start of the mentorship it replaces" },
        ]);
      }
      await translatingStoreErrors(() =>
        updateMentorshipRecord(db, { ...old.value, endedAt: startedAt! }, old.version),
      );
      await recordAdminAction(ctx, db, actor, {
        action: "mentorship.ended",
        targetKind: "mentorship",
        targetId: old.value.id,
        details: { mentorId: old.value.mentorId, menteeId, endedAt: startedAt, replacedBy: mentorId },
      });
    }
    const mentorship: Mentorship = {
      id: ctx.newId(),
      mentorId: mentorId!,
      menteeId: menteeId!,
      startedAt: startedAt!,
      endedAt: null,
      cadenceDays: cadenceDays!,
    };
    await insertMentorships(db, [mentorship]);
    await recordAdminAction(ctx, db, actor, {
      action: "mentorship.started",
      targetKind: "mentorship",
      targetId: mentorship.id,
      details: { mentorId, menteeId, startedAt, cadenceDays },
    });
    return mentorshipView(db, mentorship, 1, now);
  });
}
