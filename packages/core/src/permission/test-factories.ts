/**
 * Builders for permission tests: a moment walked through the given states on the given days.
 */
import { day } from "../progression/test-factories.js";
import type { Moment, MomentState } from "./moment.types.js";
import { createMoment, transitionMoment } from "./moment-lifecycle.js";

let nextMomentNumber = 1;

/**
 * A moment from `giverId` to `receiverId`, recorded on `awareDay` and then moved through
 * `steps` (state and day number), e.g. `buildMoment("a", "b", 0, [["extended", 5]])`.
 */
export function buildMoment(
  giverId: string,
  receiverId: string,
  awareDay = 0,
  steps: readonly (readonly [MomentState, number])[] = [],
  id = `m${nextMomentNumber++}`,
): Moment {
  const created = createMoment({ id, giverId, receiverId, variant: "instinct_of_potential" }, day(awareDay));
  return steps.reduce((moment, [to, at]) => transitionMoment(moment, to, day(at)), created);
}
