/**
 * After submitting: the new position travelling along the path, from where it was to where it is
 * now (half a stage per frame step; instantly when the person prefers reduced motion).
 */
import { type Framework, layoutZigzag } from "@ascent/core";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { Diagram } from "../diagram.js";

const STEP_MS = 220;

function reducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** The confirmation screen. */
export function SubmittedView({
  framework,
  fromProgress,
  toProgress,
  aboutSelf,
  personId,
  personName,
}: {
  readonly framework: Framework;
  readonly fromProgress: number;
  readonly toProgress: number | null;
  readonly aboutSelf: boolean;
  readonly personId: string;
  readonly personName: string;
}) {
  const target = toProgress ?? fromProgress;
  const [shown, setShown] = useState(() => (reducedMotion() ? target : fromProgress));
  useEffect(() => {
    if (shown === target) return;
    const timer = window.setTimeout(
      () => setShown((p) => (p < target ? Math.min(target, p + 0.5) : Math.max(target, p - 0.5))),
      STEP_MS,
    );
    return () => window.clearTimeout(timer);
  }, [shown, target]);
  return (
    <section className="card card--diagram submitted" aria-labelledby="submitted-title">
      <h2 id="submitted-title" tabIndex={-1}>
        Check-in submitted
      </h2>
      <p role="status" className="lead-text">
        {aboutSelf ? "Your" : `${personName}'s`} position now:{" "}
        <strong className="num">{describeProgress(framework, target)}</strong>
        {target !== fromProgress && <span className="meta"> (was {fromProgress.toFixed(1).replace(/\.0$/, "")})</span>}
      </p>
      <Diagram
        idPrefix="submitted-path"
        deps={[framework, shown]}
        withText={false}
        build={(options) => layoutZigzag({ framework, progress: shown }, options)}
      />
      <div className="row">
        <Link className="btn btn--primary" to={aboutSelf ? "/" : `/people/${encodeURIComponent(personId)}`}>
          {aboutSelf ? "Back to your home page" : `Back to ${personName}`}
        </Link>
        <Link className="btn" to={aboutSelf ? "/me" : `/people/${encodeURIComponent(personId)}`}>
          See the history
        </Link>
      </div>
    </section>
  );
}

function describeProgress(framework: Framework, progress: number): string {
  // The submit answer carries the progress number only; the stage it means is read off the path.
  const stages = framework.levels.flatMap((l) => l.stages.map((s) => ({ level: l.name, stage: s.name })));
  const next = stages[Math.floor(progress)];
  const value = Number.isInteger(progress) ? String(progress) : progress.toFixed(1);
  return next ? `${value} — working on ${next.level} · ${next.stage}` : `${value} — every stage reached`;
}
