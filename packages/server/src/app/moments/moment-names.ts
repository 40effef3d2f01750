/**
 * Moments with the names of their giver and receiver. Whoever may see a moment may read both
 * names — the receiver often may not open the giver's page, yet should know who gave them
 * permission. An erased person is named as erased, never by the name they had.
 */
import type { Moment } from "@ascent/core";
import { personNameRows } from "../../store/queries/person-lookups.queries.js";
import type { Db } from "../../store/repositories/store.types.js";
import { ERASED_NAME } from "../people/erase-person.service.js";

/** A moment as the API answers it; a name is null only for a person no longer on record. */
export type NamedMoment = Moment & { readonly giverName: string | null; readonly receiverName: string | null };

/** Each moment with its two names, looked up in one query; only call with moments the actor may see. */
export async function nameMoments(db: Db, moments: readonly Moment[]): Promise<NamedMoment[]> {
  const ids = [...new Set(moments.flatMap((m) => [m.giverId, m.receiverId]))].sort();
  const rows = await personNameRows(db, ids);
  const names = new Map(rows.map((r) => [r.id, r.status === "erased" ? ERASED_NAME : r.name]));
  return moments.map((m) => ({
    ...m,
    giverName: names.get(m.giverId) ?? null,
    receiverName: names.get(m.receiverId) ?? null,
  }));
}

/** One moment with its two names. */
export async function nameMoment(db: Db, moment: Moment): Promise<NamedMoment> {
  const [named] = await nameMoments(db, [moment]);
  return named!;
}
