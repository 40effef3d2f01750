/**
 * The Awesome Permission process as a state machine: aware → extended → accepted → result, one
 * step at a time, never back. Any state before the end may close with `no_change`.
 */
import type { MomentState } from "./moment.types.js";

/** Every state, in process order (`no_change` last: it can follow any state that is not final). */
export const MOMENT_STATES: readonly MomentState[] = ["aware", "extended", "accepted", "result", "no_change"];

const NEXT: Readonly<Record<MomentState, readonly MomentState[]>> = {
  aware: ["extended", "no_change"],
  extended: ["accepted", "no_change"],
  accepted: ["result", "no_change"],
  result: [],
  no_change: [],
};

/** The states a moment in `state` may move to next. */
export function allowedTransitions(state: MomentState): readonly MomentState[] {
  return NEXT[state];
}

/** True when a moment may move from `from` to `to`. */
export function canTransition(from: MomentState, to: MomentState): boolean {
  return NEXT[from].includes(to);
}

/** True for `result` and `no_change`: nothing follows them. */
export function isFinalState(state: MomentState): boolean {
  return NEXT[state].length === 0;
}
