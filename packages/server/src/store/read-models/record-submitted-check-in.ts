/**
 * The one writer of a submitted check-in and the position it gives: the check-in, the person's
 * current position, the position-change log and the dashboard aggregates (stage counts, pipeline
 * per month, coverage per team) are written in ONE transaction, so a dashboard never sees a
 * check-in without its effect (or the reverse).
 *
 * The position is computed by the caller, once, with the core (`positionAfterCheckIn`) from the
 * history it read while holding the person's lock (`lockPeople`, taken before that read): this
 * module only writes what it is given and says what changed.
 */
import type { CheckIn, PositionAfterCheckIn } from "@ascent/core";
import { StoreError } from "../errors/store-error.js";
import { insertCheckIns, markDraftSubmitted } from "../repositories/check-in.repository.js";
import { toIsoText } from "../repositories/column-codec.js";
import { inTransaction } from "../repositories/in-transaction.js";
import type { Db } from "../repositories/store.types.js";
import { withDashboardCounts } from "./dashboard-counts.js";
import { lockPeople } from "./lock-people.js";
import {
  currentPositionRow,
  findCurrentPosition,
  insertPositionChange,
  positionChangeRow,
  upsertCurrentPosition,
} from "./position.repository.js";

/** What to record: a new submitted check-in, or a stored draft (at `draftVersion`) being submitted. */
export interface SubmittedCheckInRecord {
  /** The check-in as submitted (status `submitted`, with `submittedAt`). */
  readonly checkIn: CheckIn;
  /** Set when the check-in is a stored draft: the version the submitter saw. */
  readonly draftVersion?: number;
  /** The person's position with this check-in counted (core `positionAfterCheckIn`). */
  readonly position: PositionAfterCheckIn;
}

/** What recording changed. */
export interface RecordedCheckIn {
  /** The check-in as stored. */
  readonly checkIn: CheckIn;
  /** The current-position progress before and after (null: nothing counted yet). */
  readonly progressBefore: number | null;
  readonly progress: number | null;
  /** True when the progress moved (and a position change was logged). */
  readonly positionChanged: boolean;
}

/**
 * Stores the submitted check-in (inserting it, or submitting the stored draft under a version
 * check), writes the person's current position as given, logs a `position_change` when the
 * progress moved, and moves the dashboard aggregates accordingly. All or nothing.
 */
export async function recordSubmittedCheckIn(db: Db, record: SubmittedCheckInRecord): Promise<RecordedCheckIn> {
  const { checkIn, draftVersion, position } = record;
  if (checkIn.status !== "submitted" || checkIn.submittedAt === undefined) {
    throw new StoreError("invalid_state", `check-in ${checkIn.id} is not submitted`, { id: checkIn.id });
  }
  const at = toIsoText(checkIn.submittedAt);
  return inTransaction(db, async (trx) => {
    // Already held when the caller computed the position from the history it read; a no-op then.
    await lockPeople(trx, [checkIn.personId]);
    let stored = checkIn;
    if (draftVersion === undefined) await insertCheckIns(trx, [checkIn]);
    else stored = await markDraftSubmitted(trx, checkIn.id, at, draftVersion);
    const row = currentPositionRow(checkIn.personId, position, at);
    if (row === undefined) {
      const unchanged = (await findCurrentPosition(trx, checkIn.personId))?.progress ?? null;
      return { checkIn: stored, progressBefore: unchanged, progress: unchanged, positionChanged: false };
    }
    // The dashboard aggregates move with the position, in this same transaction.
    const before = await withDashboardCounts(trx, [checkIn.personId], async () => {
      const previous = await findCurrentPosition(trx, checkIn.personId);
      await upsertCurrentPosition(trx, row);
      const change = positionChangeRow(checkIn.id, previous, row);
      if (change !== undefined) await insertPositionChange(trx, change);
      return previous;
    });
    return {
      checkIn: stored,
      progressBefore: before?.progress ?? null,
      progress: row.progress,
      positionChanged: before?.progress !== row.progress,
    };
  });
}
