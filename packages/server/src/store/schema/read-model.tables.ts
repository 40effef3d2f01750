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
