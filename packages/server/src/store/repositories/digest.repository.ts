/**
 * The weekly digest's storage: who opted out, the claim on each week (so several instances on one
 * database send it once) and who was mailed in it. Claims are single statements (insert … on
 * conflict do nothing, conditional updates), so the database decides the race on either engine.
 */
import type { GrantedRole } from "@ascent/core";
import { toFlag } from "./column-codec.js";
import { grantedRolesFromText } from "./granted-roles.js";
import type { Db } from "./store.types.js";

/** Whether the account wants the weekly digest (yes unless it said no). */
export async function wantsWeeklyDigest(db: Db, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom("digest_preference")
    .select("weekly_digest")
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return row === undefined || row.weekly_digest === 1;
}

/** Records the account's choice. */
export async function setWeeklyDigest(db: Db, accountId: string, wanted: boolean, at: string): Promise<void> {
  await db
    .insertInto("digest_preference")
    .values({ account_id: accountId, weekly_digest: toFlag(wanted), updated_at: at })
    .onConflict((oc) => oc.column("account_id").doUpdateSet({ weekly_digest: toFlag(wanted), updated_at: at }))
    .execute();
}

/** Someone the digest may be mailed to. */
export interface DigestRecipient {
  readonly accountId: string;
  readonly personId: string;
  readonly email: string;
  readonly name: string;
  /** The person's granted roles. */
  readonly roles: readonly GrantedRole[];
}

/**
 * Accounts that can receive the digest: a signed-up account (a password is set) of an active
 * person, not opted out. Deactivated and erased people never appear. In account id order.
 */
export async function digestRecipients(db: Db): Promise<DigestRecipient[]> {
  const rows = await db
    .selectFrom("account")
    .innerJoin("person", "person.id", "account.person_id")
    .leftJoin("digest_preference", "digest_preference.account_id", "account.id")
    .select([
      "account.id as accountId",
      "person.id as personId",
      "account.email as email",
      "person.name as name",
      "person.roles as roles",
    ])
    .where("person.status", "=", "active")
    .where("account.password_hash", "is not", null)
    .where((eb) =>
      eb.or([eb("digest_preference.weekly_digest", "is", null), eb("digest_preference.weekly_digest", "=", 1)]),
    )
    .orderBy("account.id")
    .execute();
  return rows.map((row) => ({ ...row, roles: grantedRolesFromText(row.roles) }));
}

/**
 * Claims `week` for `instance` until `leaseUntil`: true for exactly one claimer. A week claimed by
 * an instance that neither finished nor renewed its lease in time is taken over.
 */
export async function claimDigestWeek(
  db: Db,
  week: string,
  instance: string,
  now: string,
  leaseUntil: string,
): Promise<boolean> {
  const inserted = await db
    .insertInto("digest_week")
    .values({ week, claimed_by: instance, claimed_at: now, lease_until: leaseUntil, finished_at: null, sent: 0 })
    .onConflict((oc) => oc.column("week").doNothing())
    .returning("week")
    .executeTakeFirst();
  if (inserted) return true;
  const takenOver = await db
    .updateTable("digest_week")
    .set({ claimed_by: instance, claimed_at: now, lease_until: leaseUntil })
    .where("week", "=", week)
    .where("finished_at", "is", null)
    .where("lease_until", "<", now)
    .executeTakeFirst();
  return Number(takenOver.numUpdatedRows) === 1;
}

/** Extends the claim while sending; false when another instance took the week over. */
export async function renewDigestLease(db: Db, week: string, instance: string, leaseUntil: string): Promise<boolean> {
  const result = await db
    .updateTable("digest_week")
    .set({ lease_until: leaseUntil })
    .where("week", "=", week)
    .where("claimed_by", "=", instance)
    .where("finished_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the week done (nobody sends it again). */
export async function finishDigestWeek(
  db: Db,
  week: string,
  instance: string,
  at: string,
  sent: number,
): Promise<void> {
  await db
    .updateTable("digest_week")
    .set({ finished_at: at, sent })
    .where("week", "=", week)
    .where("claimed_by", "=", instance)
    .execute();
}

/** Whether `week` is finished. */
export async function isDigestWeekFinished(db: Db, week: string): Promise<boolean> {
  const row = await db.selectFrom("digest_week").select("finished_at").where("week", "=", week).executeTakeFirst();
  return row?.finished_at != null;
}

/** Accounts already mailed in `week`. */
export async function mailedInWeek(db: Db, week: string): Promise<Set<string>> {
  const rows = await db.selectFrom("digest_delivery").select("account_id").where("week", "=", week).execute();
  return new Set(rows.map((r) => r.account_id));
}

/** Records that the account was mailed in `week`; false when it already was (by anyone). */
export async function recordDigestDelivery(
  db: Db,
  delivery: { readonly week: string; readonly accountId: string; readonly sentAt: string; readonly nudges: number },
): Promise<boolean> {
  const inserted = await db
    .insertInto("digest_delivery")
    .values({
      week: delivery.week,
      account_id: delivery.accountId,
      sent_at: delivery.sentAt,
      nudges: delivery.nudges,
    })
    .onConflict((oc) => oc.columns(["week", "account_id"]).doNothing())
    .returning("week")
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Forgets a delivery that did not go out (the mail server refused it), so a later run may retry. */
export async function forgetDigestDelivery(db: Db, week: string, accountId: string): Promise<void> {
  await db.deleteFrom("digest_delivery").where("week", "=", week).where("account_id", "=", accountId).execute();
}
