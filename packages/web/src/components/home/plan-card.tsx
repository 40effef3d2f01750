/** "Your plan": the latest growth plan's goals, or a way to seed one from the next stage's actions. */
import type { Framework, GrowthPlan } from "@ascent/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { answer, api } from "../../api/client.js";
import { formatDate, stageTitleOf } from "../../lib/path-helpers.js";
import { EmptyState, ErrorNotice } from "../status.js";

const STATUS_WORDS = { planned: "Planned", in_progress: "In progress", done: "Done", dropped: "Dropped" } as const;

/** The newest plan (plans are kept; the newest is the one being worked). */
export function latestPlan(plans: readonly GrowthPlan[]): GrowthPlan | undefined {
  return [...plans].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
}

/** The plan card on a home page. */
export function PlanCard({
  framework,
  plans,
  personId,
  targetStageId,
  planLink,
}: {
  readonly framework: Framework;
  readonly plans: readonly GrowthPlan[];
  readonly personId: string;
  readonly targetStageId: string | null;
  readonly planLink: string;
}) {
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      answer(api.POST("/api/v1/plans", { body: targetStageId ? { personId, targetStageId } : { personId } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ["overview"] }),
  });
  const plan = latestPlan(plans);
  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">Your plan</h2>
      {create.error && <ErrorNotice error={create.error} />}
      {plan ? (
        <>
          <p className="meta">
            Towards {stageTitleOf(framework, plan.targetStageId)} · started {formatDate(plan.createdAt)}
          </p>
          <ul className="list-plain goal-list">
            {plan.goals.slice(0, 5).map((goal) => (
              <li key={goal.id}>
                <span className={`goal-status goal-status--${goal.status}`}>{STATUS_WORDS[goal.status]}</span>
                <span>{goal.title}</span>
                {goal.dueOn && <span className="meta">due {formatDate(goal.dueOn)}</span>}
              </li>
            ))}
          </ul>
          {plan.goals.length > 5 && <p className="meta">and {plan.goals.length - 5} more</p>}
          <Link to={planLink}>Open your plan</Link>
        </>
      ) : (
        <EmptyState
          title="No plan yet"
          action={
            <button type="button" className="btn" onClick={() => create.mutate()} disabled={create.isPending}>
              {create.isPending ? "Making your plan…" : "Make a plan from the suggested actions"}
            </button>
          }
        >
          <p>
            A plan lists a few goals for your next stage, seeded from its suggested actions. You can change every one.
          </p>
        </EmptyState>
      )}
    </section>
  );
}
