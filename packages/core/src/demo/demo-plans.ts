/**
 * Growth plans: goals for the next stage, seeded from the framework's suggested actions, with
 * statuses, due dates and review notes that fit how long the plan has been running.
 */
import type { Goal, GoalStatus, GrowthPlan } from "../organisation/organisation.types.js";
import type { DemoActor } from "./demo-actor.types.js";
import { GOAL_REVIEW_NOTES, PERSONAL_GOALS } from "./demo-notes.table.js";
import type { DemoStage } from "./demo-path.js";
import { addDays, atWorkingTime, DAY_MS, startOfDay, toIso } from "./demo-time.js";
import type { SeededRandom } from "./seeded-random.js";

/** When the person started working on the stage they work on at `until` (their record start at the latest). */
function startedWorkingOn(actor: DemoActor, until: number): number {
  const target = Math.floor((actor.trajectory.findLast((p) => p.at <= until)?.h ?? 0) / 2);
  let since = actor.recordFrom;
  for (const point of actor.trajectory) {
    if (point.at > until) break;
    if (Math.floor(point.h / 2) !== target) continue;
    const previous = actor.trajectory[actor.trajectory.indexOf(point) - 1];
    if (previous && Math.floor(previous.h / 2) !== target) since = point.at;
  }
  return since;
}

/** A status that fits a goal's age: old goals are mostly finished, new ones mostly planned. */
function statusFor(random: SeededRandom, createdAt: number, dueOn: number, now: number, finished: boolean): GoalStatus {
  if (finished) return random.chance(0.85) ? "done" : "dropped";
  if (dueOn < addDays(now, -30)) return random.pick<GoalStatus>(["done", "done", "done", "in_progress", "dropped"]);
  if (createdAt < addDays(now, -30)) return random.pick<GoalStatus>(["in_progress", "in_progress", "planned", "done"]);
  return "planned";
}

function goals(
  random: SeededRandom,
  idPrefix: string,
  stage: DemoStage,
  createdAt: number,
  now: number,
  finished: boolean,
): Goal[] {
  const actions = random.sample(stage.stage.actions, random.int(2, 4));
  const titles: { title: string; fromAction: string | null }[] = actions.map((a) => ({ title: a, fromAction: a }));
  // People also add goals of their own; plans without framework actions need at least one.
  if (titles.length === 0 || random.chance(0.3)) titles.push({ title: random.pick(PERSONAL_GOALS), fromAction: null });
  return titles.map(({ title, fromAction }, i): Goal => {
    const due = startOfDay(addDays(createdAt, random.int(45, 200)));
    const status = statusFor(random, createdAt, due, now, finished);
    return {
      id: `${idPrefix}-${i + 1}`,
      title,
      fromAction,
      status,
      dueOn: status === "planned" && random.chance(0.3) ? null : toIso(due),
      reviewNotes: random.pick(GOAL_REVIEW_NOTES[status]),
    };
  });
}

/** A plan for the stage `actor` works on today and, for some, the finished plan before it. */
export function buildPlans(
  random: SeededRandom,
  actors: readonly DemoActor[],
  path: readonly DemoStage[],
  now: number,
): GrowthPlan[] {
  const plans: GrowthPlan[] = [];
  for (const actor of actors) {
    const finalH = actor.trajectory.at(-1)?.h ?? 0;
    const reached = Math.floor(finalH / 2);
    // Someone staying by choice plans for depth at the stage they chose, not the next one.
    const targetIndex = actor.cast.role === "staying" ? reached - 1 : reached;
    if (targetIndex < 0 || targetIndex >= path.length) continue;
    const num = String(actor.number).padStart(3, "0");
    let n = 0;
    const since = startedWorkingOn(actor, actor.recordTo);
    if (since > actor.recordFrom && reached > 0 && random.chance(0.5)) {
      const earlier = startedWorkingOn(actor, since - DAY_MS);
      const createdAt = atWorkingTime(addDays(earlier, random.int(3, 20)), random, since - DAY_MS);
      n++;
      plans.push({
        id: `plan-${num}-${n}`,
        personId: actor.person.id,
        targetStageId: path[reached - 1]!.stage.id,
        createdAt: toIso(createdAt),
        goals: goals(random, `goal-${num}-${n}`, path[reached - 1]!, createdAt, now, true),
      });
    }
    const createdAt = atWorkingTime(addDays(since, random.int(3, 30)), random, actor.recordTo - DAY_MS);
    n++;
    plans.push({
      id: `plan-${num}-${n}`,
      personId: actor.person.id,
      targetStageId: path[targetIndex]!.stage.id,
      createdAt: toIso(createdAt),
      goals: goals(random, `goal-${num}-${n}`, path[targetIndex]!, createdAt, now, false),
    });
  }
  return plans;
}
