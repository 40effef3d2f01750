/**
 * The relationships that make someone a mentor or a lead, loaded once per request (per Actor
 * object) so a check over many ids costs a few queries, not one per id.
 */
import type { Kysely } from "kysely";
import { loadRelationshipRows } from "../../store/queries/access.queries.js";
import type { Database } from "../../store/schema/database.js";
import type { Actor } from "./actor.js";

/** Who the actor mentors and which teams they lead (directly or through a group). */
export interface Relationships {
  /** People with a mentorship to the actor that is running now. */
  readonly menteeIds: ReadonlySet<string>;
  readonly ledTeamIds: ReadonlySet<string>;
  readonly ledGroupIds: ReadonlySet<string>;
  /** Teams led directly plus every team of a led group: the lead's scope. */
  readonly leadScopeTeamIds: ReadonlySet<string>;
}

// Keyed by the Actor object: each request builds its own actor, so nothing outlives the request.
const loaded = new WeakMap<Actor, Promise<Relationships>>();

/** The actor's relationships as of `now`, loaded on first use within the request. */
export function relationshipsOf(db: Kysely<Database>, actor: Actor, now: string): Promise<Relationships> {
  let pending = loaded.get(actor);
  if (!pending) {
    pending = loadRelationshipRows(db, actor.personId, now).then((rows) => ({
      menteeIds: new Set(rows.menteeIds),
      ledTeamIds: new Set(rows.ledTeamIds),
      ledGroupIds: new Set(rows.ledGroupIds),
      leadScopeTeamIds: new Set([...rows.ledTeamIds, ...rows.teamIdsOfLedGroups]),
    }));
    // A failed load must not poison later checks of the same request.
    pending.catch(() => loaded.delete(actor));
    loaded.set(actor, pending);
  }
  return pending;
}

/** True when the actor leads anything (a team or a group). */
export function isLead(relationships: Relationships): boolean {
  return relationships.leadScopeTeamIds.size > 0 || relationships.ledGroupIds.size > 0;
}
