/** Growth plans with their goals; the plan's version guards the plan and all its goals together. */
import type { Goal, GoalStatus, GrowthPlan } from "@ascent/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";

/** A stored plan with its concurrency token. */
export interface StoredPlan {
  readonly plan: GrowthPlan;
  readonly version: number;
}

/** One plan with its goals in order, or undefined. */
export async function findPlan(db: Kysely<Database>, id: string): Promise<StoredPlan | undefined> {
  const row = await db.selectFrom("growth_plan").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const goals = await db.selectFrom("goal").selectAll().where("plan_id", "=", id).orderBy("position").execute();
  return {
    version: row.version,
    plan: {
      id: row.id,
      personId: row.person_id,
      targetStageId: row.target_stage_id,
      createdAt: row.created_at,
      goals: goals.map(
        (g): Goal => ({
          id: g.id,
          title: g.title,
          fromAction: g.from_action,
          status: g.status as GoalStatus,
          dueOn: g.due_on,
          reviewNotes: g.review_notes,
        }),
      ),
    },
  };
}

/** Ids of a person's plans, newest first. */
export async function planIdsOfPerson(db: Kysely<Database>, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("growth_plan")
    .select("id")
    .where("person_id", "=", personId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Inserts a plan at version 1 with its goals. */
export async function insertPlan(db: Kysely<Database>, plan: GrowthPlan): Promise<void> {
  await db
    .insertInto("growth_plan")
    .values({
      id: plan.id,
      person_id: plan.personId,
      target_stage_id: plan.targetStageId,
      created_at: plan.createdAt,
      version: 1,
    })
    .execute();
  await insertGoals(db, plan.id, plan.goals);
}

/**
 * Saves the plan's target and goals if the plan is still at `expectedVersion`; false when someone
 * changed it first. Goals are rewritten as a whole: a plan holds a handful, and their order matters.
 */
export async function updatePlanIfVersion(
  db: Kysely<Database>,
  plan: GrowthPlan,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable("growth_plan")
    .set({ target_stage_id: plan.targetStageId, version: expectedVersion + 1 })
    .where("id", "=", plan.id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db.deleteFrom("goal").where("plan_id", "=", plan.id).execute();
  await insertGoals(db, plan.id, plan.goals);
  return true;
}

async function insertGoals(db: Kysely<Database>, planId: string, goals: readonly Goal[]) {
  if (goals.length === 0) return;
  await db
    .insertInto("goal")
    .values(
      goals.map((g, position) => ({
        id: g.id,
        plan_id: planId,
        position,
        title: g.title,
        from_action: g.fromAction,
        status: g.status,
        due_on: g.dueOn,
        review_notes: g.reviewNotes,
        version: 1,
      })),
    )
    .execute();
}
