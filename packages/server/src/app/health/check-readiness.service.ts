/** Use case: is the server ready for traffic? Ready means the database answers. */

import { pingDatabase } from "../../store/engine/database-answers.js";
import type { Db } from "../../store/repositories/store.types.js";

/** Resolves when the database answers; rejects (with the driver's error, for the log) when it does not. */
export async function checkReadiness(db: Db): Promise<void> {
  await pingDatabase(db);
}
