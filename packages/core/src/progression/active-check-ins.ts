/**
 * Which check-ins count. Only submitted check-ins feed computations, and a submitted one that a
 * later submitted correction supersedes drops out (it stays in history for the record).
 */
import { toMillis } from "./iso-time.helper.js";
import type { CheckIn } from "./progression.types.js";

/** A check-in that is known to be submitted. */
export type SubmittedCheckIn = CheckIn & { readonly status: "submitted"; readonly submittedAt: string };

/** True when the check-in is submitted (and so has a date). */
export function isSubmitted(checkIn: CheckIn): checkIn is SubmittedCheckIn {
  return checkIn.status === "submitted" && checkIn.submittedAt !== undefined;
}

/** Orders submitted check-ins oldest first by submittedAt; ties broken by id so the order is total. */
export function compareBySubmission(a: SubmittedCheckIn, b: SubmittedCheckIn): number {
  const byTime = toMillis(a.submittedAt) - toMillis(b.submittedAt);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The ids of check-ins superseded by a submitted check-in of the same person. */
export function supersededIds(checkIns: readonly CheckIn[]): ReadonlySet<string> {
  const byId = new Map(checkIns.map((c) => [c.id, c]));
  const superseded = new Set<string>();
  for (const checkIn of checkIns) {
    if (!isSubmitted(checkIn) || checkIn.supersedes === undefined) continue;
    const target = byId.get(checkIn.supersedes);
    // A draft correction changes nothing yet, and nobody corrects another person's check-in.
    if (target === undefined || target.personId === checkIn.personId) superseded.add(checkIn.supersedes);
  }
  return superseded;
}

/** Submitted check-ins not superseded by another submitted one, oldest first. */
export function activeCheckIns(checkIns: readonly CheckIn[]): readonly SubmittedCheckIn[] {
  const superseded = supersededIds(checkIns);
  return checkIns
    .filter((c): c is SubmittedCheckIn => isSubmitted(c) && !superseded.has(c.id))
    .sort(compareBySubmission);
}
