/** Sessions, stored by the SHA-256 of their cookie token (the id), so a database leak yields no usable session. */
import type { Db } from "./store.types.js";

/** A session row. */
export interface SessionRecord {
  readonly id: string;
  readonly accountId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly lastSeenAt: string;
}

/** Opens a session. */
export async function insertSession(db: Db, session: SessionRecord): Promise<void> {
  await db
    .insertInto("session")
    .values({
      id: session.id,
      account_id: session.accountId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_seen_at: session.lastSeenAt,
    })
    .execute();
}

/** The session with id `id` when it has not expired at `now`. */
export async function findLiveSession(db: Db, id: string, now: string): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom("session")
    .selectAll()
    .where("id", "=", id)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      accountId: row.account_id,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      lastSeenAt: row.last_seen_at,
    }
  );
}

/** Records use of a session and its new expiry. */
export async function touchSession(db: Db, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db
    .updateTable("session")
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where("id", "=", id)
    .execute();
}

/** Ends one session. */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", id).execute();
}

/** Ends every session of an account except `keep`. */
export async function deleteSessionsOf(db: Db, accountId: string, keep?: string): Promise<void> {
  let query = db.deleteFrom("session").where("account_id", "=", accountId);
  if (keep) query = query.where("id", "!=", keep);
  await query.execute();
}
