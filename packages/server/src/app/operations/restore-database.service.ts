/**
 * Use case: the operator brings an installation back from a backup of either kind into either engine
 * (`ascent restore`), all or nothing.
 */
import { type RestoreSummary, restoreDatabase } from "../../store/backup/restore-database.js";
import type { AscentDatabase } from "../../store/engine/open-database.js";

export type { RestoreSummary } from "../../store/backup/restore-database.js";

/** Restores `file` into `database`; refuses a database holding any row unless `replace` is set. */
export async function restoreDatabaseFromBackup(
  database: AscentDatabase,
  file: string,
  options: { readonly replace: boolean },
): Promise<RestoreSummary> {
  return restoreDatabase(database, file, options);
}
