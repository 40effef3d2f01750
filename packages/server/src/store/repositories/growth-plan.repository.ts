/** Growth plans and their goals; the plan's version guards every change to either. */
import type { Goal, GoalStatus, GrowthPlan } from "@ascent/core";
import type { Selectable } from "kysely";
import type { GoalTable } from "../schema/progression.tables.js";
import { toIsoText } from "./column-codec.js";
import { inTransaction } from "./in-transaction.js";
import { insertInBatches } from "./insert-in-batches.js";
import type { Db, Versioned } from "./store.types.js";
import { bumpVersion } from "./versioned-update.js";

function goalRows(plan: GrowthPlan): GoalTable[] {
  return plan.goals.map((g, position) => ({
    id: g.id,
    plan_id: plan.id,
    position,
    title: g.title,
    from_action: g.fromAction,
    status: g.status,
    due_on: g.dueOn === null ? null : toIsoText(g.dueOn),
    review_notes: g.reviewNotes,
    version: 1,
  }));
}

function goalFromRow(row: Selectable<GoalTable>): Goal {
  return {
    id: row.id,
    title: row.title,
    fromAction: row.from_action,
    status: row.status as GoalStatus,
    dueOn: row.due_on,
    reviewNotes: row.review_notes,
  };
}

/** Inserts plans with their goals (batched). */
export async function insertPlans(db: Db, plans: readonly GrowthPlan[]): Promise<void> {
  await insertInBatches(
    db,
    "growth_plan",
    plans.map((p) => ({
      id: p.id,
      person_id: p.personId,
      target_stage_id: p.targetStageId,
      created_at: toIsoText(p.createdAt),
      version: 1,
    })),
  );
  await insertInBatches(db, "goal", plans.flatMap(goalRows));
}

/** Plans, optionally of one person, ordered by id, with goals in order. */
export async function listPlans(db: Db, filter: { readonly personId?: string } = {}): Promise<GrowthPlan[]> {
  let plans = db.selectFrom("growth_plan").selectAll().orderBy("id");
  let goals = db
    .selectFrom("goal")
    .innerJoin("growth_plan", "growth_plan.id", "goal.plan_id")
    .selectAll("goal")
    .orderBy("goal.plan_id")
    .orderBy("goal.position");
  if (filter.personId !== undefined) {
    plans = plans.where("person_id", "=", filter.personId);
    goals = goals.where("growth_plan.person_id", "=", filter.personId);
  }
  const goalsOf = new Map<string, Goal[]>();
  for (const row of await goals.execute())
    goalsOf.set(row.plan_id, [...(goalsOf.get(row.plan_id) ?? []), goalFromRow(row)]);
  return (await plans.execute()).map((p) => ({
    id: p.id,
    personId: p.person_id,
    targetStageId: p.target_stage_id,
    createdAt: p.created_at,
    goals: goalsOf.get(p.id) ?? [],
  }));
}

/** A plan with its version, or undefined. */
export async function findPlan(db: Db, id: string): Promise<Versioned<GrowthPlan> | undefined> {
  const row = await db
    .selectFrom("growth_plan")
    .select(["id", "person_id", "version"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [plan] = (await listPlans(db, { personId: row.person_id })).filter((p) => p.id === id);
  return plan && { value: plan, version: row.version };
}

/**
 * Saves a changed plan — target and the whole list of goals — if nobody changed it since
 * `expectedVersion`; otherwise throws ConflictError and writes nothing. Returns the new version.
 */
export async function updatePlan(db: Db, plan: GrowthPlan, expectedVersion: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    // The guard is the transaction's first write: see bumpVersion.
    const version = await bumpVersion(trx, "growth_plan", plan.id, expectedVersion);
    await trx
      .updateTable("growth_plan")
      .set({ target_stage_id: plan.targetStageId })
      .where("id", "=", plan.id)
      .execute();
    await trx.deleteFrom("goal").where("plan_id", "=", plan.id).execute();
    await insertInBatches(trx, "goal", goalRows(plan));
    return version;
  });
}
