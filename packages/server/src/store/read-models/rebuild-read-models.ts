/**
 * Rebuilding the read models from the check-ins, as if every submitted check-in had been recorded
 * one by one in submission order — the same result `recordSubmittedCheckIn` would have left.
 * Used after a bulk load (demo, import, restore), where per-check-in upkeep would be slow.
 */
import {
  type CheckIn,
  compareBySubmission,
  type Framework,
  isSubmitted,
  positionAfterCheckIn,
  type SubmittedCheckIn,
} from "@ascent/core";
import { checkInFromRow } from "../repositories/check-in.repository.js";
import { inTransaction } from "../repositories/in-transaction.js";
import { insertInBatches } from "../repositories/insert-in-batches.js";
import type { Db } from "../repositories/store.types.js";
import type { CurrentPositionTable, PositionChangeTable } from "../schema/read-model.tables.js";
import { recountDashboardCounts } from "./dashboard-counts.js";
import { currentPositionRow, positionChangeRow } from "./position.repository.js";

/**
 * The read-model rows one person's check-ins give: each submitted check-in, in submission order,
 * counted with the same core function and turned into rows by the same builders as a live
 * submission (recordSubmittedCheckIn).
 */
export function replayPerson(framework: Framework, personId: string, checkIns: readonly CheckIn[]) {
  const submitted = checkIns.filter(isSubmitted).sort(compareBySubmission);
  const changes: PositionChangeTable[] = [];
  let current: CurrentPositionTable | undefined;
  const seen: SubmittedCheckIn[] = [];
  for (const checkIn of submitted) {
    const row = currentPositionRow(personId, positionAfterCheckIn(framework, seen, checkIn), checkIn.submittedAt);
    seen.push(checkIn);
    if (row === undefined) continue;
    const change = positionChangeRow(checkIn.id, current, row);
    if (change !== undefined) changes.push(change);
    current = row;
  }
  return { current, changes };
}

/**
 * Replaces `current_position` and `position_change` with what the stored check-ins give, and
 * recounts the dashboard aggregates from them.
 */
export async function rebuildReadModels(db: Db, framework: Framework): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rows = await trx.selectFrom("check_in").selectAll().where("status", "=", "submitted").execute();
    const byPerson = new Map<string, CheckIn[]>();
    for (const row of rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), checkInFromRow(row)]);
    const currents: CurrentPositionTable[] = [];
    const changes: PositionChangeTable[] = [];
    for (const [personId, checkIns] of byPerson) {
      const replay = replayPerson(framework, personId, checkIns);
      if (replay.current) currents.push(replay.current);
      changes.push(...replay.changes);
    }
    await trx.deleteFrom("position_change").execute();
    await trx.deleteFrom("current_position").execute();
    await insertInBatches(trx, "current_position", currents);
    await insertInBatches(trx, "position_change", changes);
    await recountDashboardCounts(trx);
  });
}
