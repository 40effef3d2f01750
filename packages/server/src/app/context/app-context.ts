/**
 * What every service receives besides the actor: the database and the side effects tests want to
 * control (the clock, id generation). Passed in, never read from module globals.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema/database.js";
import { timeOrderedIds } from "./ordered-ids.js";

/** The database's schema, for the edges that type a connection they hand to services. */
export type { Database } from "../../store/schema/database.js";

/** The database (or an open transaction), the clock and the id source. */
export interface AppContext {
  readonly db: Kysely<Database>;
  /** The current instant as an ISO-8601 UTC timestamp with milliseconds. */
  now(): string;
  /** A new unique id for a record: time-ordered by default, so inserts land at the end of each index (ADR 0008). */
  newId(): string;
}

/** A context on the real clock with time-ordered UUIDs. */
export function createAppContext(db: Kysely<Database>): AppContext {
  return { db, now: () => new Date().toISOString(), newId: timeOrderedIds() };
}
