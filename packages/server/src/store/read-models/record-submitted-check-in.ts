/**
 * Recording a submitted check-in: the check-in and the read models it moves are written in ONE
 * transaction, so a dashboard never sees a check-in without its effect (or the reverse).
 */
import { type CheckIn, currentPosition, type Framework } from "@ascent/core";
import { StoreError } from "../errors/store-error.js";
import { insertCheckIns, listCheckInsOfPerson, submitCheckIn } from "../repositories/check-in.repository.js";
import { toIsoText } from "../repositories/column-codec.js";
import { inTransaction } from "../repositories/in-transaction.js";
import type { Db } from "../repositories/store.types.js";
import { lockPeople } from "./count-upkeep.helpers.js";
import { withDashboardCounts } from "./dashboard-counts.js";
import { currentPositionRow, findCurrentPosition, upsertCurrentPosition } from "./position.repository.js";

/** What to record: a new submitted check-in, or a stored draft (at `draftVersion`) being submitted. */
export interface RecordSubmittedCheckIn {
  /** The framework positions are computed against (the active one). */
  readonly framework: Framework;
  /** The check-in as submitted (status `submitted`, with `submittedAt`). */
  readonly checkIn: CheckIn;
  /** Set when the check-in is a stored draft: the version the submitter saw. */
  readonly draftVersion?: number;
}

/**
 * Stores the submitted check-in (inserting it, or submitting the stored draft under a version
 * check), recomputes the person's current position with the core engine, updates
 * `current_position`, logs a `position_change` when the progress moved, and moves the dashboard
 * aggregates (stage_count, stage_change_month, pipeline_month, team_coverage, coverage_count)
 * accordingly. All or nothing.
 */
export async function recordSubmittedCheckIn(db: Db, input: RecordSubmittedCheckIn): Promise<CheckIn> {
  const { checkIn, framework } = input;
  if (checkIn.status !== "submitted" || checkIn.submittedAt === undefined) {
    throw new StoreError("invalid_state", `check-in ${checkIn.id} is not submitted`, { id: checkIn.id });
  }
  const at = toIsoText(checkIn.submittedAt);
  return inTransaction(db, async (trx) => {
    let stored = checkIn;
    if (input.draftVersion === undefined) await insertCheckIns(trx, [checkIn]);
    else stored = await submitCheckIn(trx, checkIn.id, at, input.draftVersion);
    await refreshPosition(trx, framework, checkIn.personId, stored.id, at);
    return stored;
  });
}

/**
 * Recomputes one person's current position after check-in `causeId`; logs a change when progress
 * moved. Call inside a transaction: the person stays locked until it ends, so a check-in of the
 * same person submitted at the same moment waits, then reads a history that includes this one.
 */
export async function refreshPosition(
  db: Db,
  framework: Framework,
  personId: string,
  causeId: string,
  at: string,
): Promise<void> {
  await lockPeople(db, [personId]);
  const history = await listCheckInsOfPerson(db, personId);
  const row = currentPositionRow(personId, currentPosition(framework, history), at, history);
  if (row === undefined) return;
  // The dashboard aggregates move with the position, in this same transaction.
  await withDashboardCounts(db, [personId], async () => {
    const before = await findCurrentPosition(db, personId);
    await upsertCurrentPosition(db, row);
    if (before?.progress === row.progress) return;
    await db
      .insertInto("position_change")
      .values({
        check_in_id: causeId,
        person_id: personId,
        at,
        from_progress: before?.progress ?? null,
        to_progress: row.progress,
        stage_id: row.working_on_stage_id,
      })
      .execute();
  });
}
