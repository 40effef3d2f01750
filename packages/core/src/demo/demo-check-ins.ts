/**
 * Check-ins of the demo organisation. Mentor and joint check-ins follow each mentorship's
 * cadence; self check-ins come every few months. Ratings are partial, as in real use: a check-in
 * rates the stages around where the person works, plus anything that changed since that
 * assessor kind last looked — so carry-forward always reproduces the person's true profile.
 */
import type { AssessorKind, CheckIn, Rating } from "../progression/progression.types.js";
import type { DemoActor } from "./demo-actor.types.js";
import type { DemoEvidence } from "./demo-evidence.js";
import type { DemoMentorship } from "./demo-mentorships.js";
import {
  CORRECTION_NOTES,
  DRAFT_NOTES,
  FOUNDATION_GAP_NOTES,
  JOINT_NOTES,
  MENTOR_NOTES,
  SELF_NOTES,
} from "./demo-notes.table.js";
import { type DemoStage, fillText } from "./demo-path.js";
import { pickRatings, ratedIndexes } from "./demo-ratings.js";
import { addDays, atWorkingTime, DAY_MS, toIso } from "./demo-time.js";
import { hAt, ratingsForH } from "./demo-trajectory.js";
import type { SeededRandom } from "./seeded-random.js";

/** A planned check-in before it is written. */
export interface CheckInSlot {
  readonly at: number;
  readonly kind: AssessorKind;
  readonly authorId: string;
}

/** Everything check-in writing needs to know about the organisation. */
export interface CheckInContext {
  readonly random: SeededRandom;
  readonly path: readonly DemoStage[];
  readonly frameworkHash: string;
  readonly now: number;
  readonly mentorships: readonly DemoMentorship[];
  readonly evidence: ReadonlyMap<string, readonly DemoEvidence[]>;
}

/** How many days before `now` the overdue mentee's record goes silent, in cadences. */
const OVERDUE_CADENCES = 2.3;

/** The instant after which the person has no more check-ins (the overdue story), else their record end. */
export function lastCheckInBound(actor: DemoActor, mentorships: readonly DemoMentorship[], now: number): number {
  if (actor.cast.role !== "overdue") return actor.recordTo;
  const cadence =
    mentorships.find((m) => m.mentee === actor && m.mentorship.endedAt === null)?.mentorship.cadenceDays ?? 28;
  return Math.min(actor.recordTo, addDays(now, -cadence * OVERDUE_CADENCES));
}

function plannedSlots(ctx: CheckInContext, actor: DemoActor): CheckInSlot[] {
  const { random } = ctx;
  const bound = lastCheckInBound(actor, ctx.mentorships, ctx.now);
  const slots: (CheckInSlot & { readonly limit: number })[] = [];
  const own = ctx.mentorships.filter((m) => m.mentee === actor);
  for (const m of own) {
    const cadence = m.mentorship.cadenceDays;
    let t = addDays(Math.max(m.from, actor.recordFrom), random.between(1, cadence * 0.5));
    // Steps a little shorter than the cadence, so a mentorship kept up is never overdue.
    while (t < Math.min(m.to, bound)) {
      slots.push({ at: t, kind: random.chance(0.35) ? "joint" : "mentor", authorId: m.mentor.person.id, limit: m.to });
      t = addDays(t, cadence * random.between(0.7, 0.97));
    }
  }
  const selfEvery = own.length > 0 ? [70, 120] : [40, 80];
  let t = addDays(actor.recordFrom, random.between(0, 10));
  while (t < bound) {
    slots.push({ at: t, kind: "self", authorId: actor.person.id, limit: bound });
    t = addDays(t, random.between(selfEvery[0]!, selfEvery[1]!));
  }
  // Moving a check-in to working hours must not push it past the end of its mentorship or past `now`.
  return slots
    .map(({ limit, ...s }) => {
      const latest = Math.min(limit, bound, ctx.now) - DAY_MS / 24;
      return { ...s, at: Math.min(atWorkingTime(s.at, random, latest), latest) };
    })
    .sort((a, b) => a.at - b.at);
}

/** The person's true ratings at instant t in one assessor's eyes (self check-ins carry the person's bias). */
function truthAt(actor: DemoActor, kind: AssessorKind, t: number, stageCount: number): Rating[] {
  const bias = kind === "self" ? actor.selfBias : 0;
  const h = Math.max(0, Math.min(2 * stageCount, hAt(actor.trajectory, t) + bias));
  const truth = ratingsForH(h, stageCount);
  if (actor.gap && t >= actor.gap.since && actor.gap.stageNumber <= stageCount) {
    truth[actor.gap.stageNumber - 1] = "established";
  }
  return truth;
}

function noteFor(
  random: SeededRandom,
  actor: DemoActor,
  kind: AssessorKind,
  truth: readonly Rating[],
  path: readonly DemoStage[],
): string | undefined {
  const working = Math.max(
    0,
    truth.findIndex((r) => r !== "established"),
  );
  const values = { stage: path[working]?.label ?? "", reached: path[Math.max(0, working - 1)]?.label ?? "" };
  if (actor.gap && kind !== "self" && truth[actor.gap.stageNumber - 1] === "established" && random.chance(0.7)) {
    return random.pick(FOUNDATION_GAP_NOTES);
  }
  const pool = kind === "self" ? SELF_NOTES : kind === "mentor" ? MENTOR_NOTES : JOINT_NOTES;
  return random.chance(kind === "self" ? 0.5 : 0.75) ? fillText(random.pick(pool), values) : undefined;
}

interface Written {
  readonly at: number;
  readonly checkIn: Omit<CheckIn, "id">;
  /** The written check-in this one corrects (an index into the same person's list). */
  readonly correctsIndex?: number;
}

/** Writes one check-in record (without its id). */
function write(
  ctx: CheckInContext,
  actor: DemoActor,
  slot: CheckInSlot,
  ratings: Readonly<Record<string, Rating>>,
  truth: readonly Rating[],
  draft: boolean,
): Omit<CheckIn, "id"> {
  const { random, path } = ctx;
  const signalTicks: Record<string, string[]> = {};
  for (const [stageId, rating] of Object.entries(ratings)) {
    const signals = path.find((s) => s.stage.id === stageId)?.stage.signals ?? [];
    // People tick what they saw this time: mostly signals of the stage in motion, rarely re-ticking settled ones.
    if (rating === "not_yet" || signals.length === 0 || (rating === "established" && !random.chance(0.3))) continue;
    const count =
      rating === "established"
        ? random.int(Math.min(2, signals.length), signals.length)
        : random.int(1, Math.min(2, signals.length));
    signalTicks[stageId] = random
      .sample(signals, count)
      .map((s) => s.id)
      .sort();
  }
  const linked = (ctx.evidence.get(actor.person.id) ?? [])
    .filter((e) => e.at <= slot.at && e.at > slot.at - 75 * DAY_MS && random.chance(0.6))
    .map((e) => e.evidence.id);
  const notes = draft ? random.pick(DRAFT_NOTES) : noteFor(random, actor, slot.kind, truth, path);
  const createdAt = toIso(slot.at - random.int(draft ? 0 : 5, draft ? 600 : 90) * 60_000);
  return {
    personId: actor.person.id,
    authorId: slot.authorId,
    assessorKind: slot.kind,
    status: draft ? "draft" : "submitted",
    frameworkHash: ctx.frameworkHash,
    createdAt,
    ...(draft ? {} : { submittedAt: toIso(slot.at) }),
    ratings,
    ...(Object.keys(signalTicks).length > 0 ? { signalTicks } : {}),
    ...(notes ? { notes } : {}),
    ...(linked.length > 0 ? { evidenceIds: linked } : {}),
  };
}

/** A plausible slip: the working stage rated one notch too high. */
function mistaken(truth: readonly Rating[]): Rating[] {
  const wrong = [...truth];
  const i = wrong.findIndex((r) => r !== "established");
  if (i !== -1) wrong[i] = wrong[i] === "not_yet" ? "emerging" : "established";
  return wrong;
}

/**
 * All check-ins of one person, oldest first, numbered "check-in-017-001"…
 * `corrections` asks for that many superseded slips; `drafts` lists open drafts to add (by assessor).
 */
export function buildPersonCheckIns(
  ctx: CheckInContext,
  actor: DemoActor,
  options: { readonly corrections: number; readonly drafts: readonly CheckInSlot[] },
): CheckIn[] {
  const { random, path } = ctx;
  const stageCount = path.length;
  const carried = new Map<AssessorKind, Rating[]>();
  const written: Written[] = [];
  const slots = plannedSlots(ctx, actor);
  const mentorSlots = slots.map((s, i) => ({ s, i })).filter(({ s }) => s.kind !== "self");
  const correctAt = new Set(random.sample(mentorSlots.slice(2, -2), options.corrections).map(({ i }) => i));
  slots.forEach((slot, i) => {
    const truth = truthAt(actor, slot.kind, slot.at, stageCount);
    const before = carried.get(slot.kind) ?? new Array<Rating>(stageCount).fill("not_yet");
    const indexes = ratedIndexes(random, truth, before);
    if (correctAt.has(i)) {
      // The slip is submitted first; the correction follows a day or two later and replaces it.
      const wrong = mistaken(truth);
      const wrongIndexes = [...new Set([...indexes, ...ratedIndexes(random, wrong, before)])].sort((a, b) => a - b);
      written.push({
        at: slot.at,
        checkIn: write(ctx, actor, slot, pickRatings(path, wrong, wrongIndexes), wrong, false),
      });
      const fixAt = Math.min(slot.at + random.int(20, 60) * 3_600_000, ctx.now - 60_000);
      const fixed = write(ctx, actor, { ...slot, at: fixAt }, pickRatings(path, truth, indexes), truth, false);
      written.push({
        at: fixAt,
        checkIn: { ...fixed, notes: random.pick(CORRECTION_NOTES) },
        correctsIndex: written.length - 1,
      });
    } else {
      written.push({ at: slot.at, checkIn: write(ctx, actor, slot, pickRatings(path, truth, indexes), truth, false) });
    }
    carried.set(slot.kind, truth);
  });
  for (const draft of options.drafts) {
    const truth = truthAt(actor, draft.kind, draft.at, stageCount);
    const before = carried.get(draft.kind) ?? new Array<Rating>(stageCount).fill("not_yet");
    const ratings = pickRatings(path, truth, ratedIndexes(random, truth, before));
    written.push({ at: draft.at, checkIn: write(ctx, actor, draft, ratings, truth, true) });
  }
  // Number by date; a correction keeps pointing at the slip it replaces.
  const order = written.map((w, i) => ({ w, i })).sort((a, b) => a.w.at - b.w.at || a.i - b.i);
  const idOf = new Map<number, string>();
  order.forEach(({ i }, n) => {
    idOf.set(i, `check-in-${String(actor.number).padStart(3, "0")}-${String(n + 1).padStart(3, "0")}`);
  });
  return order.map(({ w, i }) => ({
    id: idOf.get(i)!,
    ...w.checkIn,
    ...(w.correctsIndex !== undefined ? { supersedes: idOf.get(w.correctsIndex)! } : {}),
  }));
}

/** A draft slot: an unfinished check-in started a few days before `now`. */
export function draftSlot(random: SeededRandom, now: number, kind: AssessorKind, authorId: string): CheckInSlot {
  return { at: addDays(now, -random.between(0.5, 6)), kind, authorId };
}
