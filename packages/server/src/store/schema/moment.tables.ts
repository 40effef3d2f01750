/** Tables of Awesome Permission moments. */
import type { IsoText, JsonText } from "./column-types.js";

export interface MomentTable {
  id: string;
  giver_id: string;
  receiver_id: string;
  /** struggling | instinct_of_potential */
  variant: string;
  /** aware | extended | accepted | result | no_change */
  state: string;
  /** JSON array of ingredient ids. */
  ingredients: JsonText;
  outcome: string;
  /** JSON array of evidence ids. */
  evidence_ids: JsonText;
  version: number;
}

export interface MomentTransitionTable {
  moment_id: string;
  seq: number;
  to_state: string;
  at: IsoText;
}

export interface MomentFollowUpTable {
  moment_id: string;
  seq: number;
  at: IsoText;
  note: string;
}
