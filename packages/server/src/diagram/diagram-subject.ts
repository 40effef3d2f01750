/**
 * What a diagram of a person, a team or the organisation is drawn from, as plain data. Two loaders
 * fill it: the CLI's (the operator sees the whole organisation) and the app's (what one viewer may
 * see, through the access module). Everything past loading — which layout, which title, which
 * moments appear on a timeline — is decided once, in subject-scene.ts.
 */
import type { DatedProgress, Framework, MomentState, Position } from "@ascent/core";

/** One person as the person, zig-zag and timeline diagrams draw them. */
export interface DiagramPerson {
  readonly id: string;
  readonly name: string;
  /** Their own view (self or joint check-ins). */
  readonly self: Position | null;
  /** Their mentor's view (mentor or joint check-ins). */
  readonly mentor: Position | null;
  /** The current position: the mentor or joint view when there is one, else the self view. */
  readonly current: Position | null;
  /** The current position over time, oldest first. */
  readonly history: readonly DatedProgress[];
}

/** One person on a team or organisation diagram. */
export interface DiagramMember {
  readonly id: string;
  readonly name: string;
  readonly teamId: string | null;
  /** The current position's progress (0..N), null before any check-in. */
  readonly progress: number | null;
  /** The current position over time (for the pipeline); may be empty for diagrams that do not need it. */
  readonly history: readonly DatedProgress[];
}

/**
 * An Awesome Permission moment as a link: who gave permission to whom, its state and when it was
 * extended. Never its text. Only moments that reached `extended` become links: before that a
 * moment is its giver's private note.
 */
export interface MomentLink {
  readonly giverId: string;
  readonly receiverId: string;
  readonly state: MomentState;
  readonly extendedAt: string;
}

/** A person to draw, with the moments (given or received) the viewer may see. */
export interface PersonSubject {
  readonly kind: "person";
  readonly framework: Framework;
  readonly person: DiagramPerson;
  readonly moments: readonly MomentLink[];
  /** Names of the other people in `moments`, by id. */
  readonly names: ReadonlyMap<string, string>;
}

/** A team, or the whole organisation, to draw. */
export interface GroupSubject {
  readonly kind: "team" | "org";
  readonly framework: Framework;
  /** The team's or organisation's name (the map's title). */
  readonly name: string;
  readonly teams: readonly { readonly id: string; readonly name: string }[];
  /** Active people only: the present team or organisation. */
  readonly members: readonly DiagramMember[];
  /** For the chain: the links among the people in scope. */
  readonly moments: readonly MomentLink[];
  readonly names: ReadonlyMap<string, string>;
}

/** Anything a diagram can be drawn of. */
export type DiagramSubject = PersonSubject | GroupSubject;
