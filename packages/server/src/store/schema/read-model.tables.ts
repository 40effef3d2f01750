/**
 * Read models the dashboards use, maintained in the same transaction as each submitted check-in
 * so a page never recomputes positions from the whole history.
 */
import type { IsoText } from "./column-types.js";

export interface CurrentPositionTable {
  person_id: string;
  /** The assessor kind of the check-in the position comes from. */
  source: string;
  progress: number;
  reached: number;
  working_on_stage_id: string | null;
  self_progress: number | null;
  mentor_progress: number | null;
  updated_at: IsoText;
  check_in_id: string;
  /** Author of the check-in the position comes from (null only on rows older than migration 007). */
  source_author_id: string | null;
  /** When that check-in was submitted. */
  source_at: IsoText | null;
}

export interface PositionChangeTable {
  /** The submitted check-in that moved the position; one change per check-in at most. */
  check_in_id: string;
  person_id: string;
  at: IsoText;
  /** Null for a person's first position. */
  from_progress: number | null;
  to_progress: number;
  /** The stage worked on after the change; null once every stage is reached. */
  stage_id: string | null;
}

/**
 * Active people per stage key and scope (`""` = the whole organisation, else a team id). The stage
 * key is the stage worked on, REACHED_ALL_KEY once every stage is reached, NOT_ASSESSED_KEY before
 * the first submitted check-in.
 */
export interface StageCountTable {
  scope: string;
  stage: string;
  people: number;
}

/**
 * The pipeline as monthly deltas per scope and stage key: +1 for each person whose position moved
 * to the stage that month, −1 for the stage they left. The sum over months up to M is the number
 * of people at each stage at the end of M (people counted in their current team's scope).
 */
export interface StageChangeMonthTable {
  scope: string;
  /** "YYYY-MM" (UTC). */
  month: string;
  stage: string;
  delta: number;
}

/**
 * stage_change_month packed for reading: one row per scope and month, `deltas` a JSON object of
 * stage key → delta (non-zero ones only), rewritten from stage_change_month whenever it moves.
 */
export interface PipelineMonthTable {
  scope: string;
  /** "YYYY-MM" (UTC). */
  month: string;
  deltas: string;
}

/**
 * Leadership coverage per team with active people (a team whose last active member leaves loses
 * its row): how many active members it has, and how many of them are at the coverage stage of the
 * active framework or beyond (its leaders). Least-covered first reads the (leaders, team_id) index.
 */
export interface TeamCoverageTable {
  team_id: string;
  members: number;
  leaders: number;
}

/**
 * Coverage figures per scope (`""` = the whole organisation, else a group id): teams with active
 * people, and how many of them have no leader yet. Moved with team_coverage, in the same
 * transaction, whenever a team gains or loses its people or its last leader.
 */
export interface CoverageCountTable {
  scope: string;
  teams: number;
  uncovered: number;
}
