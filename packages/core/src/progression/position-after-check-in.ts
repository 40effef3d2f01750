/**
 * The one computation behind every write of a person's position: where they stand once a
 * submitted check-in is recorded. A live submission, a correction and a rebuild from history
 * (a load, an import, a new framework version) all call it, so the stored position is always
 * what this function gives for the stored check-ins.
 */
import type { Framework } from "../framework/framework.types.js";
import { type CurrentPosition, currentPosition } from "./current-position.js";
import type { CheckIn } from "./progression.types.js";

/** A person's current position after a check-in, and who wrote the check-in that counts. */
export interface PositionAfterCheckIn {
  readonly current: CurrentPosition;
  /** The author of the check-in the primary view comes from; null when nothing counts yet. */
  readonly primaryAuthorId: string | null;
}

/**
 * The current position once `submitted` is recorded on top of `stored` — the person's check-ins
 * as they were stored before (drafts included; the draft `submitted` was, if any, is replaced by it).
 */
export function positionAfterCheckIn(
  framework: Framework,
  stored: readonly CheckIn[],
  submitted: CheckIn,
): PositionAfterCheckIn {
  const history = [...stored.filter((c) => c.id !== submitted.id), submitted];
  const current = currentPosition(framework, history);
  const primaryId = current.primary?.checkInId;
  const source = primaryId === undefined ? undefined : history.find((c) => c.id === primaryId);
  return { current, primaryAuthorId: source?.authorId ?? null };
}
