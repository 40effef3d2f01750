/**
 * A new mentorship must not close a loop (A mentors B mentors C mentors A): the same rule the
 * org-chart import applies, through the same cycle finder (import/mentor-cycles.ts), over the
 * mentor chain above the new mentor as it stands.
 */
import { findMentorCycles } from "../../import/mentor-cycles.js";
import { personNamesByIds } from "../../store/queries/person-lookups.queries.js";
import { mentorChainAbove } from "../../store/repositories/mentorship-record.repository.js";
import type { Db } from "../../store/repositories/store.types.js";
import { validationFailed } from "../errors/app-error.js";

/**
 * Refuses (400, naming `mentorId`) a mentorship of `menteeId` by `mentorId` that would make a
 * cycle. `menteeId`'s current mentors are left out: the new one replaces them.
 */
export async function requireNoMentorCycle(db: Db, mentorId: string, menteeId: string, now: string): Promise<void> {
  const above = await mentorChainAbove(db, mentorId, now);
  const mentorsOf = (person: string) => (person === menteeId ? [mentorId] : (above.get(person) ?? []));
  // A loop already above the mentor (old data) is not this mentorship's doing: only one through the mentee counts.
  const cycle = findMentorCycles([menteeId], mentorsOf).find((c) => c.includes(menteeId));
  if (!cycle) return;
  const nameOf = await personNamesByIds(db, cycle);
  const chain = [...cycle, cycle[0]!].map((id) => nameOf.get(id) ?? id).join(" → ");
  throw validationFailed([
    { field: "mentorId", reason: `would make a mentor cycle: ${chain} (each is mentored by the next)` },
  ]);
}
