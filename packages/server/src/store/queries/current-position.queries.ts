/** What a service needs to know of a person's current position before writing something new. */
import type { Db } from "../repositories/store.types.js";

/**
 * The stage the person works on now (null past the end of the path); undefined before their
 * first check-in (no current position yet).
 */
export async function workingOnStageOf(
  db: Db,
  personId: string,
): Promise<{ readonly workingOnStageId: string | null } | undefined> {
  const row = await db
    .selectFrom("current_position")
    .select("working_on_stage_id")
    .where("person_id", "=", personId)
    .executeTakeFirst();
  return row && { workingOnStageId: row.working_on_stage_id };
}
