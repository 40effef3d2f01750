/** Password resets: one-time links (stored by the hash of their token) that let an account set a new password. */
import type { Db } from "./store.types.js";

/** Stores a new, unused reset. */
export async function insertPasswordReset(
  db: Db,
  reset: {
    readonly id: string;
    readonly accountId: string;
    readonly tokenHash: string;
    readonly createdAt: string;
    readonly expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto("password_reset")
    .values({
      id: reset.id,
      account_id: reset.accountId,
      token_hash: reset.tokenHash,
      created_at: reset.createdAt,
      expires_at: reset.expiresAt,
      used_at: null,
    })
    .execute();
}

/** Marks the unused, unexpired reset with `tokenHash` used at `now` (one conditional update) and returns it. */
export async function claimPasswordReset(
  db: Db,
  tokenHash: string,
  now: string,
): Promise<{ id: string; accountId: string } | undefined> {
  return db
    .updateTable("password_reset")
    .set({ used_at: now })
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning(["id", "account_id as accountId"])
    .executeTakeFirst();
}
