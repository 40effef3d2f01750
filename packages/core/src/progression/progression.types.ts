/**
 * Check-ins, ratings and positions: the vocabulary of the progression engine.
 * Timestamps are ISO-8601 UTC strings with milliseconds (e.g. "2026-03-01T09:30:00.000Z").
 */
import type { StageId } from "../framework/framework.types.js";

/** How far a person is at one stage, in one assessor's view. Ordered: not_yet < emerging < established. */
export type Rating = "not_yet" | "emerging" | "established";

/** Who made a check-in: the person alone, their mentor, or both together. */
export type AssessorKind = "self" | "mentor" | "joint";

/** A draft is private to its author and editable; a submitted check-in never changes. */
export type CheckInStatus = "draft" | "submitted";

/** An ISO-8601 UTC timestamp with milliseconds. */
export type IsoDateTime = string;

/** One assessor's rating of some or all stages of a person, at one time, against one framework version. */
export interface CheckIn {
  readonly id: string;
  /** The person being assessed. */
  readonly personId: string;
  /** The person who wrote it (the person themselves for `self`). */
  readonly authorId: string;
  readonly assessorKind: AssessorKind;
  readonly status: CheckInStatus;
  /** The framework version it was made against (the framework's content hash). */
  readonly frameworkHash: string;
  readonly createdAt: IsoDateTime;
  /** When it was submitted; the check-in's date for every computation. Absent on drafts. */
  readonly submittedAt?: IsoDateTime;
  /** The id of an earlier check-in this one corrects; the earlier one then drops out of computations. */
  readonly supersedes?: string;
  /** Ratings of the stages this check-in rates; unrated stages are absent. */
  readonly ratings: Readonly<Record<StageId, Rating>>;
  /** Signal ids ticked, per stage. */
  readonly signalTicks?: Readonly<Record<StageId, readonly string[]>>;
  readonly notes?: string;
  readonly evidenceIds?: readonly string[];
}

/** A stage's rating as the engine sees it after carry-forward. */
export interface EffectiveRating {
  readonly stageId: StageId;
  readonly rating: Rating;
  /** True when the check-in did not rate the stage and the rating came from an earlier check-in (or defaulted). */
  readonly carried: boolean;
  /** The check-in the rating came from; absent when it defaulted to `not_yet`. */
  readonly sourceCheckInId?: string;
}

/** Where a set of ratings puts a person on the path. */
export interface Position {
  /** Highest stage number k with stages 1..k all established (0 when stage 1 is not). */
  readonly reached: number;
  readonly reachedStageId: StageId | null;
  /** Stage k+1, or null when every stage is reached. */
  readonly workingOnStageId: StageId | null;
  /** k, plus 0.5 when stage k+1 is emerging; within 0..N. */
  readonly progress: number;
  /** Stages rated established above a stage that is not: shown, never hidden. */
  readonly foundationGaps: readonly StageId[];
}
