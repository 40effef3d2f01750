/**
 * One person of the large benchmark organisation, derived from (seed, index) alone, so any
 * person — and their mentorship and check-ins — can be produced without generating the others.
 * Layout: teams of TEAM_SIZE in index order; a team's first person leads it; the first team of
 * every GROUP_SIZE teams gives the group its lead; person 0 leads the enterprise.
 */
import type { Framework } from "../framework/framework.types.js";
import type { Mentorship, Person } from "../organisation/organisation.types.js";
import type { AssessorKind, CheckIn, Rating } from "../progression/progression.types.js";
import { DEMO_EMAIL_DOMAIN, NAME_CULTURES, TITLES_BY_STAGE } from "./demo-names.table.js";
import type { DemoStage } from "./demo-path.js";
import { emailLocalPart } from "./demo-people.js";
import { pickRatings, ratedIndexes } from "./demo-ratings.js";
import { addDays, DAY_MS, toIso } from "./demo-time.js";
import { hAt, ratingsForH, risingTrajectory, type Trajectory } from "./demo-trajectory.js";
import { createRandom, type SeededRandom } from "./seeded-random.js";

export const TEAM_SIZE = 12;
export const GROUP_SIZE = 6;

/** Relative weights of progress in half steps (index = h) for people without a lead role. */
const H_WEIGHTS: readonly number[] = [2, 2, 6, 6, 10, 10, 12, 10, 6, 4, 2, 1, 0.5, 0.5];

/** What every person of one large organisation shares: its seed, size, time and framework. */
export interface LargeContext {
  readonly seed: number;
  readonly people: number;
  readonly checkInsPerPerson: number;
  readonly now: number;
  readonly historyStart: number;
  readonly framework: Framework;
  readonly path: readonly DemoStage[];
  /** Digits in person ids, so ids sort in index order. */
  readonly width: number;
}

/** A 32-bit mix of seed and index (murmur3's finaliser), so neighbouring people get unrelated streams. */
function mix(seed: number, index: number, salt: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The seeded stream for one person and one concern (salt), independent of every other person. */
export function personRandom(ctx: LargeContext, index: number, salt: number): SeededRandom {
  return createRandom(mix(ctx.seed, index, salt));
}

/** Readable, sortable id such as "person-004217". */
export function largeId(prefix: string, n: number, width: number): string {
  return `${prefix}-${String(n).padStart(width, "0")}`;
}

/** The lead role a person holds because of where they sit, if any. */
export function leadRole(index: number): "enterprise" | "group" | "team" | null {
  if (index === 0) return "enterprise";
  if (index % TEAM_SIZE !== 0) return null;
  return (index / TEAM_SIZE) % GROUP_SIZE === 0 ? "group" : "team";
}

/** The index of the person's mentor: their team lead, a team lead's group lead, a group lead's enterprise lead. */
export function mentorIndex(index: number): number | null {
  const role = leadRole(index);
  if (role === "enterprise") return null;
  if (role === null) return index - (index % TEAM_SIZE);
  if (role === "team") return Math.floor(index / (TEAM_SIZE * GROUP_SIZE)) * TEAM_SIZE * GROUP_SIZE;
  return 0;
}

function weighted(random: SeededRandom, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = random.next() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i]!;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

/** Where a person is today, in half steps; leads sit further along than the people they lead. */
function finalH(random: SeededRandom, index: number, maxH: number): number {
  const role = leadRole(index);
  const h =
    role === "enterprise"
      ? 16
      : role === "group"
        ? random.int(11, 14)
        : role === "team"
          ? random.int(8, 11)
          : weighted(random, H_WEIGHTS);
  return Math.min(maxH, h);
}

/** Everything about one person that their records need. */
export interface LargePerson {
  readonly index: number;
  readonly person: Person;
  readonly joinedAt: number;
  readonly recordFrom: number;
  readonly trajectory: Trajectory;
}

/** Derives person `index` (0-based) of the organisation. */
export function largePerson(ctx: LargeContext, index: number): LargePerson {
  const random = personRandom(ctx, index, 1);
  const culture = NAME_CULTURES[random.int(0, NAME_CULTURES.length - 1)]!;
  const first = random.pick(culture.first);
  const family = random.pick(culture.family);
  const h = finalH(random, index, 2 * ctx.path.length);
  const joinedAt = addDays(ctx.now, -random.int(30, 3650));
  const recordFrom = Math.max(ctx.historyStart, addDays(joinedAt, 21));
  const steps = random.pick([0, 1, 1, 2, 2, 3]);
  const trajectory = risingTrajectory(random, recordFrom, ctx.now, h, steps);
  const stage = Math.min(TITLES_BY_STAGE.length, Math.floor(h / 2) + 1);
  const team = Math.floor(index / TEAM_SIZE);
  return {
    index,
    joinedAt,
    recordFrom,
    trajectory,
    person: {
      id: largeId("person", index + 1, ctx.width),
      name: `${first} ${family}`,
      // The index keeps addresses unique among a hundred thousand people with a few hundred names.
      email: `${emailLocalPart(first)}.${emailLocalPart(family)}.${index + 1}@${DEMO_EMAIL_DOMAIN}`,
      teamId: largeId("team", team + 1, ctx.width),
      title: random.pick(TITLES_BY_STAGE[stage - 1] ?? ["Software Engineer"]),
      status: "active",
      roles: index === 0 ? ["leader", "admin"] : [],
      joinedAt: toIso(joinedAt),
      stayingByChoice: null,
    },
  };
}

/** The person's one mentorship (none for the enterprise lead). */
export function largeMentorship(ctx: LargeContext, lp: LargePerson): Mentorship | null {
  const mentor = mentorIndex(lp.index);
  if (mentor === null) return null;
  const random = personRandom(ctx, lp.index, 2);
  const mentorJoined = largePerson(ctx, mentor).joinedAt;
  return {
    id: largeId("mentorship", lp.index + 1, ctx.width),
    mentorId: largeId("person", mentor + 1, ctx.width),
    menteeId: lp.person.id,
    startedAt: toIso(Math.max(lp.joinedAt, mentorJoined) + DAY_MS),
    endedAt: null,
    cadenceDays: random.pick([14, 21, 28, 28, 35, 42]),
  };
}

/** Exactly `checkInsPerPerson` submitted check-ins, spread over the person's record, oldest first. */
export function largeCheckIns(ctx: LargeContext, lp: LargePerson, mentorship: Mentorship | null): CheckIn[] {
  const random = personRandom(ctx, lp.index, 3);
  const count = ctx.checkInsPerPerson;
  const stageCount = ctx.path.length;
  // Mentor check-ins only once both people are there; before that the person rates themselves.
  const mentorFrom = mentorship ? Date.parse(mentorship.startedAt) : Number.POSITIVE_INFINITY;
  const span = ctx.now - DAY_MS - lp.recordFrom;
  const carried = new Map<AssessorKind, Rating[]>();
  const result: CheckIn[] = [];
  for (let n = 0; n < count; n++) {
    const at = Math.floor(lp.recordFrom + ((n + 0.2 + random.next() * 0.6) * span) / count);
    const kind: AssessorKind =
      !mentorship || at < mentorFrom || n % 3 === 2 ? "self" : random.chance(0.35) ? "joint" : "mentor";
    const truth = ratingsForH(hAt(lp.trajectory, at), stageCount);
    const before = carried.get(kind) ?? new Array<Rating>(stageCount).fill("not_yet");
    carried.set(kind, truth);
    result.push({
      id: `check-in-${String(lp.index + 1).padStart(ctx.width, "0")}-${String(n + 1).padStart(3, "0")}`,
      personId: lp.person.id,
      authorId: kind === "self" || !mentorship ? lp.person.id : mentorship.mentorId,
      assessorKind: kind,
      status: "submitted",
      frameworkHash: ctx.framework.contentHash,
      createdAt: toIso(at - 600_000),
      submittedAt: toIso(at),
      ratings: pickRatings(ctx.path, truth, ratedIndexes(random, truth, before)),
    });
  }
  return result;
}
