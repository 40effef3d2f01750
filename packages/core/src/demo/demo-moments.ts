/**
 * Awesome Permission moments of the demo organisation, one per cast member who receives one:
 * every state appears, a giver → receiver chain runs three deep, and the take-offs climb
 * after their moment was extended.
 */
import type { Ingredient } from "../framework/framework.types.js";
import type { FollowUp, Moment, MomentState, MomentTransition } from "../permission/moment.types.js";
import type { DemoActor } from "./demo-actor.types.js";
import type { CastMoment } from "./demo-cast.js";
import { type DemoEvidence, makeEvidence, placeholdersFor } from "./demo-evidence.js";
import { MOMENT_STORIES } from "./demo-moment.table.js";
import { type DemoStage, fillText } from "./demo-path.js";
import { addDays, atWorkingTime, toIso } from "./demo-time.js";
import type { SeededRandom } from "./seeded-random.js";

/** The moments, plus the evidence their receivers produced (to be added to those people's evidence). */
export interface DemoMoments {
  readonly moments: Moment[];
  readonly evidence: DemoEvidence[];
}

/** Dated transitions the cast asks for: aware, then each later step that has a date. */
function transitionsFor(random: SeededRandom, plan: CastMoment, now: number): { to: MomentState; at: number }[] {
  const at = (daysAgo: number) => atWorkingTime(addDays(now, -daysAgo), random, now);
  const steps: { to: MomentState; at: number }[] = [{ to: "aware", at: at(plan.awareDaysAgo) }];
  if (plan.extendedDaysAgo !== undefined) steps.push({ to: "extended", at: at(plan.extendedDaysAgo) });
  if (plan.acceptedDaysAgo !== undefined) steps.push({ to: "accepted", at: at(plan.acceptedDaysAgo) });
  if ((plan.state === "result" || plan.state === "no_change") && plan.endedDaysAgo !== undefined) {
    steps.push({ to: plan.state, at: at(plan.endedDaysAgo) });
  }
  return steps;
}

/**
 * Dates the follow-up notes along the moment's own transitions: once permission was extended the
 * notes tell what happened at each later step; before that they sit with the giver's first note.
 */
function followUpsFor(
  notes: readonly string[],
  steps: readonly { to: MomentState; at: number }[],
  now: number,
  values: Record<string, string>,
): FollowUp[] {
  const extended = steps.some((s) => s.to === "extended");
  const anchors = (extended ? steps.filter((s) => s.to !== "aware") : steps).map((s) => s.at);
  return notes.map((note, i) => {
    const anchor = anchors[Math.round((i * (anchors.length - 1)) / Math.max(1, notes.length - 1))] ?? anchors[0]!;
    // Written up an hour or two after the conversation it records.
    return { at: toIso(Math.min(anchor + (i + 1) * 3_600_000, now)), note: fillText(note, values) };
  });
}

/** Builds every moment of the cast, numbered "moment-01"… in the order the givers became aware. */
export function buildMoments(
  random: SeededRandom,
  actors: readonly DemoActor[],
  path: readonly DemoStage[],
  ingredients: readonly Ingredient[],
  now: number,
): DemoMoments {
  const byKey = new Map(actors.map((a) => [a.cast.key, a]));
  const drafts: { moment: Omit<Moment, "id">; at: number }[] = [];
  const evidence: DemoEvidence[] = [];
  for (const receiver of actors) {
    const plan = receiver.cast.receives;
    if (!plan) continue;
    const giver = byKey.get(plan.giver);
    if (!giver) throw new Error(`Demo cast: unknown giver ${plan.giver}`);
    const story = MOMENT_STORIES[plan.story];
    if (!story) throw new Error(`Demo cast: unknown moment story ${plan.story}`);
    const steps = transitionsFor(random, plan, now);
    const first = steps[0]!.at;
    const values = {
      ...placeholdersFor(random, receiver),
      receiver: receiver.person.name.split(" ")[0] ?? "",
      giver: giver.person.name.split(" ")[0] ?? "",
    };
    const evidenceIds: string[] = [];
    const accepted = steps.find((s) => s.to === "accepted");
    if (story.evidence && accepted) {
      const at = atWorkingTime(Math.min(addDays(accepted.at, random.int(50, 110)), addDays(now, -3)), random, now);
      const id = `evidence-${String(receiver.number).padStart(3, "0")}-m1`;
      // What the receiver went on to do is leadership work: a document, a talk or a plain note.
      const made = makeEvidence(random, receiver, path, at, id, {
        kind: random.pick(["design-doc", "note", "talk"] as const),
        title: fillText(story.evidence.title, values),
        body: fillText(story.evidence.body, values),
      });
      evidence.push(made);
      evidenceIds.push(id);
    }
    // A giver who saw the process through usually saw most ingredients; a moment that ended early, fewer.
    const seen =
      plan.state === "result" || plan.state === "accepted" ? ingredients.length : Math.ceil(ingredients.length / 2);
    const ingredientIds = random.sample(ingredients, random.int(Math.max(0, seen - 1), seen)).map((i) => i.id);
    const transitions: MomentTransition[] = steps.map((s) => ({ to: s.to, at: toIso(s.at) }));
    const final = plan.state === "result" || plan.state === "no_change";
    drafts.push({
      at: first,
      moment: {
        giverId: giver.person.id,
        receiverId: receiver.person.id,
        variant: plan.variant,
        state: plan.state,
        transitions,
        ingredientIds: ingredients.filter((i) => ingredientIds.includes(i.id)).map((i) => i.id),
        followUps: followUpsFor(story.followUps, steps, now, values),
        outcome: final ? fillText(story.outcome, values) : "",
        evidenceIds,
      },
    });
  }
  const moments = drafts
    .sort((a, b) => a.at - b.at)
    .map(({ moment }, i): Moment => ({ id: `moment-${String(i + 1).padStart(2, "0")}`, ...moment }));
  return { moments, evidence };
}
