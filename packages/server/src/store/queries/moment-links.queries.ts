/**
 * Awesome Permission links as stored: every moment that reached `extended`, with when it did and
 * the receiver's team (what decides who else may see the link). No moment text is read.
 */
import type { Db } from "../repositories/store.types.js";

/** Which moments to consider: those given or received by one person, or all of them. */
export type MomentLinkFilter = { readonly personId: string } | { readonly all: true };

/** One extended moment as a link, before any visibility filter. */
export interface ExtendedMomentLinkRow {
  readonly giverId: string;
  readonly receiverId: string;
  readonly state: string;
  readonly receiverTeamId: string | null;
  readonly extendedAt: string;
}

/** The links among `filter`'s moments, oldest extension first (ties by moment id). */
export async function extendedMomentLinks(db: Db, filter: MomentLinkFilter): Promise<ExtendedMomentLinkRow[]> {
  let query = db
    .selectFrom("moment")
    .innerJoin("moment_transition", "moment_transition.moment_id", "moment.id")
    .innerJoin("person as receiver", "receiver.id", "moment.receiver_id")
    .select([
      "moment.giver_id as giverId",
      "moment.receiver_id as receiverId",
      "moment.state as state",
      "receiver.team_id as receiverTeamId",
      "moment_transition.at as extendedAt",
    ])
    .where("moment_transition.to_state", "=", "extended");
  if ("personId" in filter) {
    const personId = filter.personId;
    query = query.where((eb) => eb.or([eb("moment.giver_id", "=", personId), eb("moment.receiver_id", "=", personId)]));
  }
  return query.orderBy("moment_transition.at").orderBy("moment.id").execute();
}
