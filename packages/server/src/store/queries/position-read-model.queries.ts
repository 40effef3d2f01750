/**
 * Keeping the dashboards' read models right: after a check-in of a person is submitted (or a
 * correction supersedes one), their current position is recomputed from *their* history only and
 * written to current_position; when the position moved, one position_change row is appended.
 * Call it inside the transaction that submits, so both commit or neither does.
 */
import { currentPosition, type Framework } from "@ascent/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";
import { checkInsOfPerson } from "./check-in.queries.js";

/** What the refresh did. */
export interface PositionRefresh {
  /** The position now in current_position, or null when the person has no submitted check-in. */
  readonly progress: number | null;
  /** True when a position_change row was appended. */
  readonly changed: boolean;
}

/**
 * Recomputes the current position of `personId` after the submitted check-in `checkInId` (dated
 * `at`) and updates the read models.
 */
export async function refreshPositionReadModels(
  db: Kysely<Database>,
  framework: Framework,
  personId: string,
  checkInId: string,
  at: string,
): Promise<PositionRefresh> {
  const current = currentPosition(framework, await checkInsOfPerson(db, personId));
  const previous = await db
    .selectFrom("current_position")
    .select(["progress", "working_on_stage_id"])
    .where("person_id", "=", personId)
    .executeTakeFirst();
  const primary = current.primary;
  if (primary === null) {
    await db.deleteFrom("current_position").where("person_id", "=", personId).execute();
    return { progress: null, changed: false };
  }
  const row = {
    source: primary.source,
    progress: primary.position.progress,
    reached: primary.position.reached,
    working_on_stage_id: primary.position.workingOnStageId,
    self_progress: current.self?.position.progress ?? null,
    mentor_progress: current.mentor?.position.progress ?? null,
    updated_at: at,
    check_in_id: primary.checkInId,
  };
  await db
    .insertInto("current_position")
    .values({ person_id: personId, ...row })
    .onConflict((oc) => oc.column("person_id").doUpdateSet(row))
    .execute();
  const moved =
    previous === undefined ||
    Number(previous.progress) !== row.progress ||
    previous.working_on_stage_id !== row.working_on_stage_id;
  if (moved) {
    await db
      .insertInto("position_change")
      .values({
        check_in_id: checkInId,
        person_id: personId,
        at,
        from_progress: previous === undefined ? null : Number(previous.progress),
        to_progress: row.progress,
        stage_id: row.working_on_stage_id,
      })
      .execute();
  }
  return { progress: row.progress, changed: moved };
}
