/** What a person shares, item by item, with their mentor or their lead (deny by default lives in the policy). */
import { fromFlag, toFlag } from "./column-codec.js";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db } from "./store.types.js";

/** One item's sharing with one audience. */
export interface ShareSetting {
  readonly personId: string;
  readonly itemKind: "check_in" | "evidence" | "plan";
  readonly itemId: string;
  readonly audience: "mentor" | "lead";
  readonly allowed: boolean;
}

function toRow(s: ShareSetting) {
  return {
    person_id: s.personId,
    item_kind: s.itemKind,
    item_id: s.itemId,
    audience: s.audience,
    allowed: toFlag(s.allowed),
  };
}

/** Inserts share settings (batched). */
export async function insertShareSettings(db: Db, settings: readonly ShareSetting[]): Promise<void> {
  await insertInBatches(db, "share_setting", settings.map(toRow));
}

/** Forgets every audience's setting for one item (when the item itself is deleted). */
export async function deleteShareSettingsOf(db: Db, itemKind: ShareSetting["itemKind"], itemId: string): Promise<void> {
  await db.deleteFrom("share_setting").where("item_kind", "=", itemKind).where("item_id", "=", itemId).execute();
}

/** Share settings, optionally of one person, in key order. */
export async function listShareSettings(db: Db, filter: { readonly personId?: string } = {}): Promise<ShareSetting[]> {
  let query = db.selectFrom("share_setting").selectAll().orderBy("item_kind").orderBy("item_id").orderBy("audience");
  if (filter.personId !== undefined) query = query.where("person_id", "=", filter.personId);
  return (await query.execute()).map((r) => ({
    personId: r.person_id,
    itemKind: r.item_kind as ShareSetting["itemKind"],
    itemId: r.item_id,
    audience: r.audience as ShareSetting["audience"],
    allowed: fromFlag(r.allowed),
  }));
}

/**
 * Sets one item's sharing with one audience: `allowed` true or false records the person's choice,
 * null forgets it (the default applies again). Delete then insert, in the caller's transaction.
 */
export async function replaceShareSetting(
  db: Db,
  key: Omit<ShareSetting, "allowed">,
  allowed: boolean | null,
): Promise<void> {
  await db
    .deleteFrom("share_setting")
    .where("item_kind", "=", key.itemKind)
    .where("item_id", "=", key.itemId)
    .where("audience", "=", key.audience)
    .execute();
  if (allowed !== null)
    await db
      .insertInto("share_setting")
      .values(toRow({ ...key, allowed }))
      .execute();
}
