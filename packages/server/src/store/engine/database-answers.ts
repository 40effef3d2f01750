/** The cheapest question a database can answer: whether it answers at all. */
import { sql } from "kysely";
import type { Db } from "../repositories/store.types.js";

/** Resolves when the database runs `select 1`; rejects with the driver's error when it cannot. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
