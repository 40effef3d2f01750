/**
 * The life of a check-in: a draft is started and edited, then submitted once; after that it
 * never changes, and a correction is a new check-in that supersedes it. Illegal moves throw a
 * `DomainError` with a stable code.
 */
import { DomainError } from "../domain-error.js";
import { toMillis } from "./iso-time.helper.js";
import type { AssessorKind, CheckIn, IsoDateTime } from "./progression.types.js";

/** What is needed to start a draft. */
export interface NewCheckIn {
  readonly id: string;
  readonly personId: string;
  readonly authorId: string;
  readonly assessorKind: AssessorKind;
  readonly frameworkHash: string;
  readonly ratings?: CheckIn["ratings"];
}

/** The parts of a draft its author may edit. */
export type DraftChanges = Partial<Pick<CheckIn, "ratings" | "signalTicks" | "notes" | "evidenceIds">>;

/** Starts an empty (or pre-rated) draft at `at`. */
export function startCheckIn(input: NewCheckIn, at: IsoDateTime): CheckIn {
  toMillis(at);
  return { ...input, ratings: input.ratings ?? {}, status: "draft", createdAt: at };
}

/** Applies edits to a draft; refuses (`check_in_not_editable`) once the check-in is submitted. */
export function updateDraft(draft: CheckIn, changes: DraftChanges): CheckIn {
  if (draft.status !== "draft") {
    throw new DomainError("check_in_not_editable", `Check-in ${draft.id} is submitted and can no longer change`, {
      checkInId: draft.id,
    });
  }
  return { ...draft, ...changes };
}

/** Submits a draft at `at`; refuses a check-in already submitted or a date before the draft was started. */
export function submitDraft(draft: CheckIn, at: IsoDateTime): CheckIn {
  if (draft.status === "submitted") {
    throw new DomainError("check_in_already_submitted", `Check-in ${draft.id} is already submitted`, {
      checkInId: draft.id,
    });
  }
  if (toMillis(at) < toMillis(draft.createdAt)) {
    throw new DomainError("date_out_of_order", `Check-in ${draft.id} cannot be submitted before it was started`, {
      checkInId: draft.id,
      createdAt: draft.createdAt,
      at,
    });
  }
  return { ...draft, status: "submitted", submittedAt: at };
}

/**
 * Starts a correction of a submitted check-in: a draft with the same person, assessor kind and
 * ratings that supersedes it. Once the correction is submitted the original drops out of every
 * computation (see `activeCheckIns`) but stays in history.
 */
export function startCorrection(
  original: CheckIn,
  correction: { readonly id: string; readonly authorId: string; readonly frameworkHash?: string },
  at: IsoDateTime,
): CheckIn {
  if (original.status !== "submitted") {
    throw new DomainError("check_in_not_submitted", `Check-in ${original.id} is a draft: edit it instead`, {
      checkInId: original.id,
    });
  }
  const draft = startCheckIn(
    {
      id: correction.id,
      personId: original.personId,
      authorId: correction.authorId,
      assessorKind: original.assessorKind,
      frameworkHash: correction.frameworkHash ?? original.frameworkHash,
      ratings: original.ratings,
    },
    at,
  );
  return {
    ...draft,
    supersedes: original.id,
    ...(original.signalTicks ? { signalTicks: original.signalTicks } : {}),
    ...(original.notes !== undefined ? { notes: original.notes } : {}),
    ...(original.evidenceIds ? { evidenceIds: original.evidenceIds } : {}),
  };
}
