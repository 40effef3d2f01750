/** Ends sessions: one (logout), or all of an account but the current (after a password change or reset). */
import { deleteSession, deleteSessionsOf } from "../../../store/repositories/session.repository.js";
import type { Db } from "../../../store/repositories/store.types.js";

/** Ends one session (logout). */
export async function endSession(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}

/** Ends every session of an account except `keep` (after a password change or reset). */
export async function endOtherSessions(db: Db, accountId: string, keep?: string): Promise<void> {
  await deleteSessionsOf(db, accountId, keep);
}
