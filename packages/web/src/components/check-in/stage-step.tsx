/** One stage of the check-in: what it is, the rating, its signals, and the earlier views beside it. */
import type { PathStage, Rating } from "@ascent/core";
import { forwardRef } from "react";
import { formatDate, RATING_WORDS, stageTitle } from "../../lib/path-helpers.js";
import type { EarlierRating } from "./check-in-views.js";

interface StageStepProps {
  readonly stage: PathStage;
  readonly total: number;
  readonly rating: Rating | undefined;
  /** What the stage carries when left unrated. */
  readonly carried: EarlierRating | undefined;
  readonly other: EarlierRating | undefined;
  readonly otherLabel: string;
  readonly ticks: readonly string[];
  readonly subject: "self" | "other";
  readonly onRate: (rating: Rating | undefined) => void;
  readonly onTick: (signalId: string, ticked: boolean) => void;
}

const RATINGS: readonly Rating[] = ["not_yet", "emerging", "established"];
const RATING_HINTS: Record<Rating, string> = {
  not_yet: "This is not part of the work yet.",
  emerging: "It shows, sometimes; it is being learned.",
  established: "It shows reliably, without reminders.",
};

function earlier(e: EarlierRating | undefined): string {
  if (!e?.rated) return "not rated before";
  return `${RATING_WORDS[e.rating]}${e.at ? `, ${formatDate(e.at)}` : ""}`;
}

/** The step; its heading takes focus when the step opens (see the editor). */
export const StageStep = forwardRef<HTMLHeadingElement, StageStepProps>(function StageStep(
  { stage, total, rating, carried, other, otherLabel, ticks, subject, onRate, onTick },
  headingRef,
) {
  const s = stage.stage;
  const name = `rating-${s.id}`;
  return (
    <section className="stage-step" aria-labelledby={`step-${s.id}`}>
      <span className="eyebrow">
        Stage {stage.number} of {total}
      </span>
      <h2 id={`step-${s.id}`} tabIndex={-1} ref={headingRef}>
        {stageTitle(stage)}
      </h2>
      <p className="card__lead">{s.summary}</p>
      <details className="stage-step__more">
        <summary>Read the full description</summary>
        <p>{s.description}</p>
      </details>

      <div className="compare">
        <div className="compare__item compare__item--self">
          <span className="compare__label">Last time</span>
          <span>{earlier(carried)}</span>
        </div>
        <div className="compare__item compare__item--mentor">
          <span className="compare__label">{otherLabel}</span>
          <span>{other ? earlier(other) : "none yet"}</span>
        </div>
      </div>

      <fieldset className="rating-group">
        <legend>{subject === "self" ? "How established is this for you?" : "How established is this for them?"}</legend>
        {RATINGS.map((r) => (
          <label key={r} className={`rating-option${rating === r ? " rating-option--on" : ""}`}>
            <input type="radio" name={name} value={r} checked={rating === r} onChange={() => onRate(r)} />
            <span className="rating-option__text">
              <strong>{RATING_WORDS[r]}</strong>
              <span className="meta">{RATING_HINTS[r]}</span>
            </span>
          </label>
        ))}
        <label className={`rating-option rating-option--carry${rating === undefined ? " rating-option--on" : ""}`}>
          <input type="radio" name={name} value="" checked={rating === undefined} onChange={() => onRate(undefined)} />
          <span className="rating-option__text">
            <strong>Leave as it was</strong>
            <span className="meta">
              Carries forward: {carried?.rated ? RATING_WORDS[carried.rating] : "Not yet (never rated)"}
            </span>
          </span>
        </label>
      </fieldset>

      {s.signals.length > 0 && (
        <fieldset className="signals">
          <legend>Signals you have seen{subject === "self" ? "" : " in them"} (optional)</legend>
          {s.signals.map((signal) => (
            <label key={signal.id} className="check">
              <input
                type="checkbox"
                checked={ticks.includes(signal.id)}
                onChange={(e) => onTick(signal.id, e.target.checked)}
              />
              <span>{signal.text}</span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
});
