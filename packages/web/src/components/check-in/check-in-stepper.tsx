/**
 * Progress along the path: every stage as a step button, with its rating and whether it is the
 * check-in's own or carried. Stages already reached sit folded away, so the list opens where the
 * person works.
 */
import type { EffectiveRating, PathStage } from "@ascent/core";
import { RATING_WORDS, stageTitle } from "../../lib/path-helpers.js";

interface StepperProps {
  readonly stages: readonly PathStage[];
  readonly effective: ReadonlyMap<string, EffectiveRating>;
  readonly current: number;
  /** Stages 1..reachedBefore were reached when the check-in opened. */
  readonly reachedBefore: number;
  readonly onGo: (index: number) => void;
}

function StepButton({
  stage,
  index,
  effective,
  current,
  onGo,
}: {
  readonly stage: PathStage;
  readonly index: number;
  readonly effective: EffectiveRating | undefined;
  readonly current: number;
  readonly onGo: (index: number) => void;
}) {
  const on = index === current;
  const rating = effective?.rating ?? "not_yet";
  return (
    <li>
      <button
        type="button"
        className={`step step--${rating}${on ? " step--current" : ""}`}
        aria-current={on ? "step" : undefined}
        onClick={() => onGo(index)}
      >
        <span className="step__dot" aria-hidden="true">
          {stage.number}
        </span>
        <span className="step__text">
          <span className="step__title">{stageTitle(stage)}</span>
          <span className="step__rating">
            {RATING_WORDS[rating]}
            {effective?.carried ? " · carried" : ""}
          </span>
        </span>
      </button>
    </li>
  );
}

/** The stepper. */
export function CheckInStepper({ stages, effective, current, reachedBefore, onGo }: StepperProps) {
  const reached = stages.slice(0, reachedBefore);
  const rest = stages.slice(reachedBefore);
  const notesIndex = stages.length;
  return (
    <nav className="stepper" aria-label="Check-in steps">
      {reached.length > 0 && (
        <details className="stepper__reached" open={current < reachedBefore}>
          <summary>Stages you have reached ({reached.length})</summary>
          <ol className="stepper__list">
            {reached.map((stage, i) => (
              <StepButton
                key={stage.stage.id}
                stage={stage}
                index={i}
                effective={effective.get(stage.stage.id)}
                current={current}
                onGo={onGo}
              />
            ))}
          </ol>
        </details>
      )}
      <ol className="stepper__list" start={reachedBefore + 1}>
        {rest.map((stage, i) => (
          <StepButton
            key={stage.stage.id}
            stage={stage}
            index={reachedBefore + i}
            effective={effective.get(stage.stage.id)}
            current={current}
            onGo={onGo}
          />
        ))}
        <li>
          <button
            type="button"
            className={`step step--notes${current === notesIndex ? " step--current" : ""}`}
            aria-current={current === notesIndex ? "step" : undefined}
            onClick={() => onGo(notesIndex)}
          >
            <span className="step__dot" aria-hidden="true">
              ✓
            </span>
            <span className="step__text">
              <span className="step__title">Notes and submit</span>
            </span>
          </button>
        </li>
      </ol>
    </nav>
  );
}
