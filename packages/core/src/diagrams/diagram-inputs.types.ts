/**
 * The plain data each diagram draws. Callers build these from their own records; the layouts
 * depend on nothing but the framework shape.
 */
import type { Framework, StageId } from "../framework/framework.types.js";
import type { MomentState } from "../permission/moment.types.js";
import type { IsoDateTime, Position } from "../progression/progression.types.js";

/** Diagrams 1–4: the framework alone. */
export interface FrameworkDiagramInput {
  readonly framework: Framework;
}

/** Diagram 3 with stage states: stages up to `progress` are reached, the next is being worked on. */
export interface ZigzagInput extends FrameworkDiagramInput {
  /** 0..N as in `Position.progress`; omit to draw every stage alike. */
  readonly progress?: number | null;
}

/** A dated progress value (0..N). */
export interface DatedProgress {
  readonly at: IsoDateTime;
  readonly progress: number;
}

/** Diagram 5: one person's place on the path. */
export interface PersonDiagramInput extends FrameworkDiagramInput {
  readonly person: {
    readonly name: string;
    /** The person's own view (from self or joint check-ins). */
    readonly self: Position | null;
    /** Their mentor's view. */
    readonly mentor: Position | null;
    /** Earlier positions, any order. */
    readonly history: readonly DatedProgress[];
  };
}

/** One person on a team map. */
export interface TeamMember {
  readonly id: string;
  readonly name: string;
  readonly teamId: string | null;
  /** `Position.progress`, or null before the first check-in. */
  readonly progress: number | null;
}

/** Diagram 6: a team or organisation on the grid, with leadership coverage. */
export interface TeamDiagramInput extends FrameworkDiagramInput {
  /** What the map shows, e.g. "Platform group". */
  readonly name?: string;
  readonly teams: readonly { readonly id: string; readonly name: string }[];
  readonly people: readonly TeamMember[];
  /** "marks" draws one mark per person (up to 400), "counts" a number per stage; "auto" (default) picks. */
  readonly mode?: "auto" | "marks" | "counts";
  /** The stage that counts as leading a team; defaults to the last stage of the second level. */
  readonly coverageStageId?: StageId;
}

/** People per stage at one date. */
export interface PipelinePoint {
  /** A date ("2026-03" or an ISO timestamp). */
  readonly at: string;
  readonly counts: Readonly<Record<StageId, number>>;
}

/** Diagram 7: people per stage over time. */
export interface PipelineDiagramInput extends FrameworkDiagramInput {
  readonly series: readonly PipelinePoint[];
}

/** An Awesome Permission moment on a timeline. */
export interface TimelineMoment {
  readonly at: IsoDateTime;
  readonly state: MomentState;
  /** Who was involved and how, e.g. "Received from Dana". */
  readonly label: string;
}

/** Diagram 8: one person's progress over time, with moments. */
export interface TimelineDiagramInput extends FrameworkDiagramInput {
  readonly person: { readonly name: string };
  readonly history: readonly DatedProgress[];
  readonly moments: readonly TimelineMoment[];
}

/** Diagram 9a: the Awesome Permission process between two people. */
export interface PermissionDiagramInput {
  readonly giver: { readonly name: string };
  readonly receiver: { readonly name: string };
  /** How far the moment has come; omit to draw the process alone. */
  readonly state?: MomentState;
}

/** Diagram 9b: who gave Awesome Permission to whom, across the organisation. */
export interface ChainDiagramInput {
  readonly people: readonly { readonly id: string; readonly name: string }[];
  readonly moments: readonly { readonly giverId: string; readonly receiverId: string; readonly state: MomentState }[];
}
