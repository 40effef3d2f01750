/** "What your next stage asks": the working-on stage's summary, signals and suggested actions. */
import type { Framework, PathStage } from "@ascent/core";
import { Link } from "react-router";
import { stageTitle } from "../../lib/path-helpers.js";

/** The next stage, in the framework's words, with the way to act on it. */
export function NextStageCard({
  stage,
  checkInTo,
  headingPrefix = "Your next stage",
}: {
  readonly framework: Framework;
  readonly stage: PathStage;
  readonly checkInTo: string;
  readonly headingPrefix?: string;
}) {
  const { stage: s } = stage;
  return (
    <section className="card card--accent" aria-labelledby="next-stage-title">
      <span className="eyebrow">
        {headingPrefix} · stage {stage.number}
      </span>
      <h2 id="next-stage-title">{stageTitle(stage)}</h2>
      <p className="card__lead">{s.summary}</p>
      {s.signals.length > 0 && (
        <>
          <h3 className="h-small">What it looks like</h3>
          <ul className="signal-list">
            {s.signals.map((signal) => (
              <li key={signal.id}>{signal.text}</li>
            ))}
          </ul>
        </>
      )}
      {s.actions.length > 0 && (
        <>
          <h3 className="h-small">Ways to get there</h3>
          <ul className="action-list">
            {s.actions.slice(0, 4).map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
        </>
      )}
      {s.pitfalls.length > 0 && (
        <details className="pitfalls">
          <summary>Pitfalls to watch for</summary>
          <ul>
            {s.pitfalls.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="row">
        <Link className="btn btn--primary" to={checkInTo}>
          Start a check-in
        </Link>
      </div>
    </section>
  );
}
