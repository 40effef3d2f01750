/** The dashboards' read models: each person's current position and the log of position changes. */
import type { PositionAfterCheckIn } from "@ascent/core";
import type { Selectable } from "kysely";
import { toIsoText, toNumber } from "../repositories/column-codec.js";
import type { Db } from "../repositories/store.types.js";
import type { CurrentPositionTable, PositionChangeTable } from "../schema/read-model.tables.js";

/** A person's current position as dashboards read it. */
export interface CurrentPositionRecord {
  readonly personId: string;
  readonly source: string;
  readonly progress: number;
  readonly reached: number;
  readonly workingOnStageId: string | null;
  readonly selfProgress: number | null;
  readonly mentorProgress: number | null;
  readonly updatedAt: string;
  readonly checkInId: string;
}

/** One move of a person's current-position progress. */
export interface PositionChangeRecord {
  readonly checkInId: string;
  readonly personId: string;
  readonly at: string;
  readonly fromProgress: number | null;
  readonly toProgress: number;
  readonly stageId: string | null;
}

/** The read-model row for a computed current position; undefined when nothing is submitted yet. */
export function currentPositionRow(personId: string, after: PositionAfterCheckIn, at: string) {
  const { current } = after;
  const primary = current.primary;
  if (primary === null) return undefined;
  return {
    person_id: personId,
    source: primary.source,
    progress: primary.position.progress,
    reached: primary.position.reached,
    working_on_stage_id: primary.position.workingOnStageId,
    self_progress: current.self?.position.progress ?? null,
    mentor_progress: current.mentor?.position.progress ?? null,
    updated_at: at,
    check_in_id: primary.checkInId,
    source_author_id: after.primaryAuthorId,
    source_at: toIsoText(primary.at),
  } satisfies CurrentPositionTable;
}

/**
 * The position-change row check-in `causeId` adds when it moves the person from `before` to
 * `after`; undefined when the progress did not move.
 */
export function positionChangeRow(
  causeId: string,
  before: { readonly progress: number } | undefined,
  after: CurrentPositionTable,
): PositionChangeTable | undefined {
  if (before?.progress === after.progress) return undefined;
  return {
    check_in_id: causeId,
    person_id: after.person_id,
    at: after.updated_at,
    from_progress: before?.progress ?? null,
    to_progress: after.progress,
    stage_id: after.working_on_stage_id,
  };
}

function fromRow(row: Selectable<CurrentPositionTable>): CurrentPositionRecord {
  return {
    personId: row.person_id,
    source: row.source,
    progress: toNumber(row.progress),
    reached: toNumber(row.reached),
    workingOnStageId: row.working_on_stage_id,
    selfProgress: row.self_progress === null ? null : toNumber(row.self_progress),
    mentorProgress: row.mentor_progress === null ? null : toNumber(row.mentor_progress),
    updatedAt: row.updated_at,
    checkInId: row.check_in_id,
  };
}

function changeFromRow(row: Selectable<PositionChangeTable>): PositionChangeRecord {
  return {
    checkInId: row.check_in_id,
    personId: row.person_id,
    at: row.at,
    fromProgress: row.from_progress === null ? null : toNumber(row.from_progress),
    toProgress: toNumber(row.to_progress),
    stageId: row.stage_id,
  };
}

/** Inserts or replaces a person's current position. */
export async function upsertCurrentPosition(db: Db, row: CurrentPositionTable): Promise<void> {
  const { person_id: _p, ...changes } = row;
  await db
    .insertInto("current_position")
    .values(row)
    .onConflict((oc) => oc.column("person_id").doUpdateSet(changes))
    .execute();
}

/** Appends one position change to the log. */
export async function insertPositionChange(db: Db, row: PositionChangeTable): Promise<void> {
  await db.insertInto("position_change").values(row).execute();
}

/** A person's current position, or undefined before their first submitted check-in. */
export async function findCurrentPosition(db: Db, personId: string): Promise<CurrentPositionRecord | undefined> {
  const row = await db.selectFrom("current_position").selectAll().where("person_id", "=", personId).executeTakeFirst();
  return row && fromRow(row);
}

/** Current positions, optionally of the people working on one stage, ordered by person id. */
export async function listCurrentPositions(
  db: Db,
  filter: { readonly workingOnStageId?: string; readonly personIds?: readonly string[] } = {},
): Promise<CurrentPositionRecord[]> {
  let query = db.selectFrom("current_position").selectAll().orderBy("person_id");
  if (filter.workingOnStageId !== undefined) query = query.where("working_on_stage_id", "=", filter.workingOnStageId);
  if (filter.personIds !== undefined) {
    if (filter.personIds.length === 0) return [];
    query = query.where("person_id", "in", [...filter.personIds]);
  }
  return (await query.execute()).map(fromRow);
}

/** Position changes in `[from, to)` (either bound optional), oldest first, optionally of one person. */
export async function listPositionChanges(
  db: Db,
  filter: { readonly from?: string; readonly to?: string; readonly personId?: string } = {},
): Promise<PositionChangeRecord[]> {
  let query = db.selectFrom("position_change").selectAll().orderBy("at").orderBy("check_in_id");
  if (filter.from !== undefined) query = query.where("at", ">=", filter.from);
  if (filter.to !== undefined) query = query.where("at", "<", filter.to);
  if (filter.personId !== undefined) query = query.where("person_id", "=", filter.personId);
  return (await query.execute()).map(changeFromRow);
}
