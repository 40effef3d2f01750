/** The growth plan: goals with status and due dates; the person and their mentor can move a goal along. */
import type { Framework, Goal, GrowthPlan } from "@ascent/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { answer, api } from "../../api/client.js";
import { formatDate, stageTitleOf } from "../../lib/path-helpers.js";
import { latestPlan } from "../home/plan-card.js";
import { EmptyState, ErrorNotice } from "../status.js";
import { SharingControl } from "./sharing-control.js";

const STATUSES: readonly [Goal["status"], string][] = [
  ["planned", "Planned"],
  ["in_progress", "In progress"],
  ["done", "Done"],
  ["dropped", "Dropped"],
];

/** The section. */
export function PlanSection({
  framework,
  plans,
  canEdit,
  isOwner,
}: {
  readonly framework: Framework;
  readonly plans: readonly GrowthPlan[];
  readonly canEdit: boolean;
  readonly isOwner: boolean;
}) {
  const plan = latestPlan(plans);
  return (
    <section className="card" aria-labelledby="plan-title" id="plan">
      <h2 id="plan-title">Growth plan</h2>
      {plan ? (
        <PlanGoals framework={framework} plan={plan} canEdit={canEdit} isOwner={isOwner} />
      ) : (
        <EmptyState title="No plan yet">
          <p>
            A plan holds a few goals for the next stage, seeded from the framework's suggested actions. Make one from
            the home page.
          </p>
        </EmptyState>
      )}
    </section>
  );
}

function PlanGoals({
  framework,
  plan,
  canEdit,
  isOwner,
}: {
  readonly framework: Framework;
  readonly plan: GrowthPlan;
  readonly canEdit: boolean;
  readonly isOwner: boolean;
}) {
  const client = useQueryClient();
  // The overview does not carry the plan's version; it is read when the first edit is made.
  const [version, setVersion] = useState<number | null>(null);
  const update = useMutation({
    mutationFn: async (goals: { id: string; status: Goal["status"] }[]) => {
      const path = { planId: plan.id };
      const current = version ?? (await answer(api.GET("/api/v1/plans/{planId}", { params: { path } }))).version;
      return answer(api.PATCH("/api/v1/plans/{planId}", { params: { path }, body: { version: current, goals } }));
    },
    onSuccess: async (result) => {
      setVersion(result.version);
      await client.invalidateQueries({ queryKey: ["overview"] });
    },
  });
  const setStatus = (goal: Goal, status: Goal["status"]) =>
    update.mutate(plan.goals.map((g) => ({ id: g.id, status: g.id === goal.id ? status : g.status })));
  return (
    <>
      <p className="meta">
        Towards {stageTitleOf(framework, plan.targetStageId)} · started {formatDate(plan.createdAt)}
      </p>
      {update.error && <ErrorNotice error={update.error} />}
      <ul className="list-plain goal-list">
        {plan.goals.map((goal) => (
          <li key={goal.id}>
            <span className="goal-title">{goal.title}</span>
            {goal.dueOn && <span className="meta">due {formatDate(goal.dueOn)}</span>}
            {canEdit ? (
              <label className="goal-select">
                <span className="visually-hidden">Status of “{goal.title}”</span>
                <select
                  value={goal.status}
                  onChange={(e) => setStatus(goal, e.target.value as Goal["status"])}
                  disabled={update.isPending}
                >
                  {STATUSES.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <span className={`goal-status goal-status--${goal.status}`}>
                {STATUSES.find(([v]) => v === goal.status)?.[1]}
              </span>
            )}
          </li>
        ))}
      </ul>
      {isOwner && <SharingControl itemKind="plan" itemId={plan.id} />}
    </>
  );
}
