/**
 * Private text planted through the services, for tests proving it never reaches a place it must
 * not (the weekly digest mails, diagrams, someone else's export): one marker per kind of private
 * or personal text, written by its real author on the privacy cast.
 */
import { createCheckInDraft } from "../../check-ins/create-check-in-draft.service.js";
import { submitCheckIn } from "../../check-ins/submit-check-in.service.js";
import type { AppContext } from "../../context/app-context.js";
import { addEvidence } from "../../evidence/add-evidence.service.js";
import { addFollowUp } from "../../moments/add-follow-up.service.js";
import { moveMoment } from "../../moments/move-moment.service.js";
import { recordMoment } from "../../moments/record-moment.service.js";
import { writePrivateNote } from "../../notes/write-private-note.service.js";
import { askMentorForCheckIn } from "../../people/ask-mentor-for-check-in.service.js";
import { createGrowthPlan } from "../../plans/create-growth-plan.service.js";
import { updateGrowthPlan } from "../../plans/update-growth-plan.service.js";
import { CAST, castActors } from "../../testing/privacy-cast.fixture.js";

/** The markers, by what carries them. */
export const PRIVATE_TEXT = {
  checkInNotes: "MARKER-DIGEST-CHECKIN-1f2e",
  draftNotes: "MARKER-DIGEST-DRAFT-3a4b",
  ownNote: "MARKER-DIGEST-OWN-NOTE-5c6d",
  mentorNote: "MARKER-DIGEST-MENTOR-NOTE-7e8f",
  evidence: "MARKER-DIGEST-EVIDENCE-9a0b",
  plan: "MARKER-DIGEST-PLAN-1c2d",
  momentAware: "MARKER-DIGEST-MOMENT-AWARE-3e4f",
  momentExtended: "MARKER-DIGEST-MOMENT-EXTENDED-5a6b",
  momentOutcome: "MARKER-DIGEST-MOMENT-OUTCOME-7c8d",
  requestMessage: "MARKER-DIGEST-REQUEST-9e0f",
} as const;

/** Every marker. */
export const PRIVATE_MARKERS: readonly string[] = Object.values(PRIVATE_TEXT);

/** The markers found in `text`. */
export function markersIn(text: string): string[] {
  return PRIVATE_MARKERS.filter((marker) => text.includes(marker));
}

/**
 * Plants every marker about the cast's member. The member's one submitted check-in is dated
 * `checkInAt` (keep it long before "now" so the mentorship stays overdue); the rest is written at
 * the context's current time, which this leaves as it found it.
 */
export async function plantPrivateText(
  ctx: AppContext & { setNow(iso: string): void },
  checkInAt: string,
): Promise<{ awareMomentId: string; extendedMomentId: string }> {
  const now = ctx.now();
  const cast = castActors();
  ctx.setNow(checkInAt);
  const checkIn = await createCheckInDraft(ctx, cast.member, {
    personId: CAST.member,
    assessorKind: "self",
    ratings: { "self-awareness": "established" },
    notes: PRIVATE_TEXT.checkInNotes,
  });
  await submitCheckIn(ctx, cast.member, { checkInId: checkIn.checkIn.id, version: 1 });
  ctx.setNow(now);
  await createCheckInDraft(ctx, cast.mentor, {
    personId: CAST.member,
    assessorKind: "mentor",
    notes: PRIVATE_TEXT.draftNotes,
  });
  await writePrivateNote(ctx, cast.member, { personId: CAST.member, body: PRIVATE_TEXT.ownNote });
  await writePrivateNote(ctx, cast.mentor, { personId: CAST.member, body: PRIVATE_TEXT.mentorNote });
  await addEvidence(ctx, cast.member, {
    kind: "design-doc",
    title: "Payments redesign",
    body: PRIVATE_TEXT.evidence,
    occurredOn: "2026-05-01T00:00:00.000Z",
    stageIds: ["self-ownership"],
  });
  const plan = await createGrowthPlan(ctx, cast.member, { personId: CAST.member });
  await updateGrowthPlan(ctx, cast.member, {
    planId: plan.plan.id,
    version: 1,
    goals: [
      {
        id: plan.plan.goals[0]!.id,
        title: plan.plan.goals[0]!.title,
        status: "in_progress",
        reviewNotes: PRIVATE_TEXT.plan,
      },
    ],
  });
  const aware = await recordMoment(ctx, cast.lead, { receiverId: CAST.member, variant: "struggling" });
  await addFollowUp(ctx, cast.lead, { momentId: aware.moment.id, version: 1, note: PRIVATE_TEXT.momentAware });
  const extended = await recordMoment(ctx, cast.mentor, { receiverId: CAST.member, variant: "instinct_of_potential" });
  const moved = await moveMoment(ctx, cast.mentor, { momentId: extended.moment.id, version: 1, to: "extended" });
  const followed = await addFollowUp(ctx, cast.mentor, {
    momentId: extended.moment.id,
    version: moved.version,
    note: PRIVATE_TEXT.momentExtended,
  });
  await moveMoment(ctx, cast.mentor, {
    momentId: extended.moment.id,
    version: followed.version,
    to: "accepted",
    outcome: PRIVATE_TEXT.momentOutcome,
  });
  await askMentorForCheckIn(ctx, cast.member, { message: PRIVATE_TEXT.requestMessage });
  return { awareMomentId: aware.moment.id, extendedMomentId: extended.moment.id };
}
