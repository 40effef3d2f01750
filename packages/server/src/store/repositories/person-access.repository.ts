/**
 * Shared by deactivation and erasure: end a person's mentorships, sign them out everywhere, and let
 * every one-time link (invitation, password reset) still open for them expire now.
 */
import type { Db } from "./store.types.js";

/**
 * Ends running mentorships (either side) at `at`, expires open invitations and reset links,
 * deletes sessions and revokes API tokens of the person's account.
 */
export async function endPersonAccess(db: Db, personId: string, at: string): Promise<void> {
  await db
    .updateTable("mentorship")
    .set({ ended_at: at })
    .where((eb) => eb.or([eb("mentor_id", "=", personId), eb("mentee_id", "=", personId)]))
    .where((eb) => eb.or([eb("ended_at", "is", null), eb("ended_at", ">", at)]))
    .execute();
  await db
    .updateTable("invitation")
    .set({ expires_at: at })
    .where("person_id", "=", personId)
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .execute();
  const account = await db.selectFrom("account").select("id").where("person_id", "=", personId).executeTakeFirst();
  if (!account) return;
  await db
    .updateTable("password_reset")
    .set({ expires_at: at })
    .where("account_id", "=", account.id)
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .execute();
  await db.deleteFrom("session").where("account_id", "=", account.id).execute();
  await db
    .updateTable("api_token")
    .set({ revoked_at: at })
    .where("account_id", "=", account.id)
    .where("revoked_at", "is", null)
    .execute();
}
