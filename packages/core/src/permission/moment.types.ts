/**
 * Awesome Permission moments: a giver notices a receiver, extends permission, the receiver
 * accepts, and a result follows — or the moment ends with no change.
 */
import type { IsoDateTime } from "../progression/progression.types.js";

/** The states of a moment, in order; `result` and `no_change` are final. */
export type MomentState = "aware" | "extended" | "accepted" | "result" | "no_change";

/** Someone struggling is told they can be more; someone good is told they are awesome. One process. */
export type MomentVariant = "struggling" | "instinct_of_potential";

/** A dated change of state. */
export interface MomentTransition {
  readonly to: MomentState;
  readonly at: IsoDateTime;
}

export interface FollowUp {
  readonly at: IsoDateTime;
  readonly note: string;
}

export interface Moment {
  readonly id: string;
  readonly giverId: string;
  readonly receiverId: string;
  readonly variant: MomentVariant;
  readonly state: MomentState;
  /** Every transition, oldest first; the first is always `aware`. */
  readonly transitions: readonly MomentTransition[];
  /** Ids of the ingredients the giver saw present. */
  readonly ingredientIds: readonly string[];
  readonly followUps: readonly FollowUp[];
  readonly outcome: string;
  readonly evidenceIds: readonly string[];
}
