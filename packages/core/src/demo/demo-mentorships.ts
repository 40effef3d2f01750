/**
 * Mentorships of the demo organisation: most people have a mentor a few half steps ahead of
 * them; some changed mentor along the way; the leaver's mentorship ended when they left.
 */
import type { Mentorship } from "../organisation/organisation.types.js";
import type { DemoActor } from "./demo-actor.types.js";
import { demoId } from "./demo-people.js";
import { addDays, toIso } from "./demo-time.js";
import type { SeededRandom } from "./seeded-random.js";

/** How often a mentorship expects a check-in, in days (the model's "every few weeks"). */
const CADENCES: readonly number[] = [14, 21, 28, 28, 28, 35, 42];

/** At most this many mentees per mentor, so mentors stay believable. */
const MAX_MENTEES = 4;

/** A mentorship as the generator sees it: the public record plus epoch bounds. */
export interface DemoMentorship {
  readonly mentorship: Mentorship;
  readonly mentor: DemoActor;
  readonly mentee: DemoActor;
  readonly from: number;
  /** Exclusive end: `now` for a running mentorship. */
  readonly to: number;
}

/** Finds a mentor well ahead of the mentee, preferring the least loaded and the same group. */
function chooseMentor(
  random: SeededRandom,
  mentee: DemoActor,
  actors: readonly DemoActor[],
  load: Map<string, number>,
  exclude: ReadonlySet<string>,
): DemoActor | null {
  const menteeH = mentee.cast.finalH;
  const group = (a: DemoActor) => (a.teamIndex === null ? -1 : Math.floor(a.teamIndex / 3));
  const candidates = actors.filter(
    (a) =>
      a !== mentee &&
      a.leftAt === null &&
      !exclude.has(a.person.id) &&
      a.cast.finalH >= Math.min(16, menteeH + 3) &&
      (load.get(a.person.id) ?? 0) < MAX_MENTEES,
  );
  if (candidates.length === 0) return null;
  const score = (a: DemoActor) =>
    (load.get(a.person.id) ?? 0) * 10 + (group(a) === group(mentee) ? 0 : 5) + random.next();
  return [...candidates].sort((a, b) => score(a) - score(b))[0] ?? null;
}

/** Builds mentorships for everyone but the enterprise seniors (who reflect on their own). */
export function buildMentorships(random: SeededRandom, actors: readonly DemoActor[], now: number): DemoMentorship[] {
  const load = new Map<string, number>();
  const result: DemoMentorship[] = [];
  // The most senior mentees first: they have the fewest possible mentors.
  const mentees = [...actors]
    .filter((a) => a.cast.finalH < 14 && a.cast.role !== "cto")
    .sort((a, b) => b.cast.finalH - a.cast.finalH || a.number - b.number);
  for (const mentee of mentees) {
    const first = chooseMentor(random, mentee, actors, load, new Set());
    if (!first) continue;
    const start = Math.min(mentee.recordFrom, addDays(mentee.recordFrom, -random.int(0, 200)));
    // Nobody mentors before both people have been around for a little while.
    const from = Math.max(start, addDays(mentee.joinedAt, 10), addDays(first.joinedAt, 30));
    const end = mentee.recordTo;
    // A quarter of long-standing mentees changed mentor half way (a move, a new lead).
    const changes = mentee.cast.role === "engineer" && end - from > 400 * 86_400_000 && random.chance(0.3);
    const switchAt = changes ? addDays(from, random.int(150, 330)) : null;
    const second = switchAt !== null ? chooseMentor(random, mentee, actors, load, new Set([first.person.id])) : null;
    const spans: [DemoActor, number, number][] =
      switchAt !== null && second
        ? [
            [first, from, switchAt],
            [second, switchAt, end],
          ]
        : [[first, from, end]];
    for (const [mentor, spanFrom, spanTo] of spans) {
      const ended = spanTo < now;
      if (!ended) load.set(mentor.person.id, (load.get(mentor.person.id) ?? 0) + 1);
      const cadenceDays = mentee.cast.role === "staying" ? 42 : random.pick(CADENCES);
      result.push({
        mentorship: {
          id: "",
          mentorId: mentor.person.id,
          menteeId: mentee.person.id,
          startedAt: toIso(spanFrom),
          endedAt: ended ? toIso(spanTo) : null,
          cadenceDays,
        },
        mentor,
        mentee,
        from: spanFrom,
        to: spanTo,
      });
    }
  }
  // Number them in time order so "mentorship-001" is the oldest.
  return result
    .sort((a, b) => a.from - b.from || a.mentee.number - b.mentee.number)
    .map((m, i) => ({ ...m, mentorship: { ...m.mentorship, id: demoId("mentorship", i + 1) } }));
}
