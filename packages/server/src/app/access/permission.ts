/**
 * Every permission a service asks for, checked by the one access module (require-access.ts).
 * Each names what the ids passed with it are: person ids, check-in ids, and so on.
 */
export const Permission = {
  /** ids: people. Look at a person's overview (positions self vs mentor); what it shows depends on the relationship. */
  PersonOverviewRead: "person.overview.read",
  /** ids: people. Deactivate or erase (admin only). */
  PersonManage: "person.manage",
  /** ids: people. Mark or clear "staying by choice" (the person, or their mentor with them). */
  StayingByChoiceSet: "person.staying_by_choice.set",
  /** ids: people. Ask one's own mentor for a check-in (the person only). */
  MentorCheckInRequest: "person.mentor_check_in.request",
  /** ids: people. Start a check-in about them (oneself, or a mentee). */
  CheckInCreate: "check_in.create",
  /** ids: check-ins. Read one (drafts: author only; submitted: the person, and those they share with). */
  CheckInRead: "check_in.read",
  /** ids: check-ins. Edit or submit a draft (author only). */
  CheckInEdit: "check_in.edit",
  /** ids: check-ins. Set who it is shared with (the person it is about, whoever wrote it). */
  CheckInShare: "check_in.share",
  /** ids: check-ins. Correct a submitted check-in (its author). */
  CheckInCorrect: "check_in.correct",
  /** ids: evidence. Read, subject to the owner's sharing. */
  EvidenceRead: "evidence.read",
  /** ids: evidence. Edit, link stages, set sharing (owner only). */
  EvidenceWrite: "evidence.write",
  /** ids: people. Add evidence for them (oneself only). */
  EvidenceCreate: "evidence.create",
  /** ids: plans. Read, subject to the owner's sharing. */
  PlanRead: "plan.read",
  /** ids: plans. Edit the plan and its goals (owner or their mentor). */
  PlanWrite: "plan.write",
  /** ids: plans. Set who it is shared with (owner only). */
  PlanShare: "plan.share",
  /** ids: people. Create a growth plan for them (oneself or a mentee). */
  PlanCreate: "plan.create",
  /** ids: people. Write a private note about them (oneself or a mentee). */
  PrivateNoteCreate: "private_note.create",
  /** ids: private notes. Read or edit (the author alone, whatever any policy says). */
  PrivateNoteAccess: "private_note.access",
  /** ids: moments. Read (giver; receiver once extended). */
  MomentRead: "moment.read",
  /** ids: moments. Move through states, add follow-ups, edit (giver only). */
  MomentWrite: "moment.write",
  /** ids: people. Read one's inbox, dismiss or snooze its items (the person only). */
  InboxUse: "inbox.use",
} as const;

/** One of the Permission values. */
export type Permission = (typeof Permission)[keyof typeof Permission];
