/**
 * For store tests: records a submitted check-in the way the submit service does — in one
 * transaction, lock the person, read their stored check-ins, compute the position once with the
 * core, write it — so the store's lock and writer are tested under the protocol they serve.
 */
import type { CheckIn, Framework } from "@ascent/core";
import { positionAfterCheckIn } from "@ascent/core";
import { lockPeople } from "../read-models/lock-people.js";
import { type RecordedCheckIn, recordSubmittedCheckIn } from "../read-models/record-submitted-check-in.js";
import { listCheckInsOfPerson } from "../repositories/check-in.repository.js";
import { inTransaction } from "../repositories/in-transaction.js";
import type { Db } from "../repositories/store.types.js";

/** Records `checkIn` (submitted; a stored draft when `draftVersion` is given) with its position. */
export async function recordCheckInWithPosition(
  db: Db,
  framework: Framework,
  checkIn: CheckIn,
  draftVersion?: number,
): Promise<RecordedCheckIn> {
  return inTransaction(db, async (trx) => {
    await lockPeople(trx, [checkIn.personId]);
    const stored = await listCheckInsOfPerson(trx, checkIn.personId);
    const position = positionAfterCheckIn(framework, stored, checkIn);
    return recordSubmittedCheckIn(trx, { checkIn, position, ...(draftVersion !== undefined && { draftVersion }) });
  });
}
