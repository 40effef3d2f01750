/** Shapes shared by the repositories. */
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";

/** A database or a transaction: every repository function takes one, so callers decide the transaction. */
export type Db = Kysely<Database>;

/** A record with the version that guards its next update (optimistic concurrency). */
export interface Versioned<T> {
  readonly value: T;
  readonly version: number;
}
