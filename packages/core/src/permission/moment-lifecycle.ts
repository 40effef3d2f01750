/**
 * Recording a moment: it starts in `aware` (the giver's private note) and moves forward one
 * dated step at a time. Dates never go backwards; illegal moves throw a `DomainError`.
 */
import { DomainError } from "../domain-error.js";
import { toMillis } from "../progression/iso-time.helper.js";
import type { IsoDateTime } from "../progression/progression.types.js";
import type { Moment, MomentState, MomentVariant } from "./moment.types.js";
import { allowedTransitions, canTransition } from "./moment-state-machine.js";

/** What is needed to record a new moment. */
export interface NewMoment {
  readonly id: string;
  readonly giverId: string;
  readonly receiverId: string;
  readonly variant: MomentVariant;
  readonly ingredientIds?: readonly string[];
  readonly evidenceIds?: readonly string[];
}

/** Records a moment in `aware` at `at`; giver and receiver must be different people. */
export function createMoment(input: NewMoment, at: IsoDateTime): Moment {
  toMillis(at);
  if (input.giverId === input.receiverId) {
    throw new DomainError("same_person", "A moment needs a giver and a different receiver", {
      personId: input.giverId,
    });
  }
  return {
    id: input.id,
    giverId: input.giverId,
    receiverId: input.receiverId,
    variant: input.variant,
    state: "aware",
    transitions: [{ to: "aware", at }],
    ingredientIds: input.ingredientIds ?? [],
    followUps: [],
    outcome: "",
    evidenceIds: input.evidenceIds ?? [],
  };
}

/** Moves a moment to `to` at `at`; refuses skipped, backward or final-state moves and dates before the last step. */
export function transitionMoment(moment: Moment, to: MomentState, at: IsoDateTime): Moment {
  if (!canTransition(moment.state, to)) {
    const allowed = allowedTransitions(moment.state);
    throw new DomainError(
      "invalid_transition",
      `A moment cannot go from ${moment.state} to ${to}` +
        (allowed.length ? ` (it can go to ${allowed.join(" or ")})` : ` (${moment.state} is final)`),
      { from: moment.state, to, allowed },
    );
  }
  assertNotBefore(moment, at, lastChangeAt(moment));
  return { ...moment, state: to, transitions: [...moment.transitions, { to, at }] };
}

/** Adds a dated follow-up note; the note must say something and be dated no earlier than the moment began. */
export function addFollowUp(moment: Moment, note: string, at: IsoDateTime): Moment {
  if (note.trim() === "")
    throw new DomainError("empty_text", "A follow-up note cannot be empty", { momentId: moment.id });
  assertNotBefore(moment, at, startedAt(moment));
  return { ...moment, followUps: [...moment.followUps, { at, note }] };
}

/** Records what came of the moment, in the giver's words. */
export function recordOutcome(moment: Moment, outcome: string): Moment {
  return { ...moment, outcome };
}

/** When the moment was first recorded (its `aware` step). */
export function startedAt(moment: Moment): IsoDateTime {
  return moment.transitions[0]!.at;
}

/** When permission was extended, or null if the moment never reached `extended`. */
export function extendedAt(moment: Moment): IsoDateTime | null {
  return moment.transitions.find((t) => t.to === "extended")?.at ?? null;
}

/** The date of the latest transition. */
export function lastChangeAt(moment: Moment): IsoDateTime {
  return moment.transitions.at(-1)!.at;
}

function assertNotBefore(moment: Moment, at: IsoDateTime, earliest: IsoDateTime): void {
  if (toMillis(at) < toMillis(earliest)) {
    throw new DomainError("date_out_of_order", `Moment ${moment.id}: ${at} is earlier than ${earliest}`, {
      momentId: moment.id,
      at,
      earliest,
    });
  }
}
