/**
 * The shape of a progression framework once parsed and validated.
 * A framework is an ordered list of levels (scope), each an ordered list of stages;
 * reading the stages level by level, bottom to top, gives the path.
 */

/** A stable identifier of a stage; it carries the stage's identity across framework versions. */
export type StageId = string;

/** An observable signal that a person works at a stage; ticked in check-ins by `id`. */
export interface Signal {
  readonly id: string;
  readonly text: string;
}

/** One stage of a level, e.g. "Team & system · Ownership". */
export interface Stage {
  readonly id: StageId;
  /** Short name within its level, e.g. "Awareness". */
  readonly name: string;
  /** One line that says what the stage is about. */
  readonly summary: string;
  readonly description: string;
  readonly signals: readonly Signal[];
  readonly pitfalls: readonly string[];
  /** Suggested actions for reaching this stage; growth plans are seeded from them. */
  readonly actions: readonly string[];
  /** Ids of stages in earlier versions that this stage continues under a new id. */
  readonly replaces: readonly StageId[];
}

/** One scope level, e.g. "Self" or "Enterprise"; stages are ordered from first to last reached. */
export interface Level {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly stages: readonly Stage[];
}

/** A validated framework version. */
export interface Framework {
  /** Identifies the framework across versions, e.g. "technical-leadership-progression". */
  readonly id: string;
  readonly name: string;
  /** The version its authors declared, e.g. "1.0.0". */
  readonly version: string;
  readonly description: string;
  /** Levels from the narrowest scope (bottom) to the widest (top). */
  readonly levels: readonly Level[];
  /** SHA-256 (hex) of the framework's canonical JSON form; identical content gives the identical hash. */
  readonly contentHash: string;
}

/** A stage placed on the path: its 1-based number along the path and its coordinates on the grid. */
export interface PathStage {
  readonly stage: Stage;
  readonly level: Level;
  /** 1-based position along the path (stage 1 is the first stage of the bottom level). */
  readonly number: number;
  /** 0-based index of the level (0 = bottom). */
  readonly levelIndex: number;
  /** 0-based index of the stage within its level (0 = first, e.g. awareness). */
  readonly stageIndex: number;
}

/** An item of the Awesome Permission ingredients checklist (an organisation may edit the list). */
export interface Ingredient {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** One problem found while reading a framework. */
export interface FrameworkIssue {
  /** Where in the document, e.g. `levels[2].stages[1].signals[0]`; empty for the whole document. */
  readonly path: string;
  /** 1-based line in the source text, when the format gives one. */
  readonly line?: number;
  /** Why it is wrong, in plain words. */
  readonly reason: string;
}

/** The result of parsing: a framework, or every problem found. */
export type FrameworkParseResult =
  | { readonly ok: true; readonly framework: Framework }
  | { readonly ok: false; readonly errors: readonly FrameworkIssue[] };
