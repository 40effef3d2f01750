/**
 * The focused check-in flow: one stage at a time, opening where the person works, autosaved,
 * undo-friendly, compared with the previous and the other view, and submitted only after a
 * confirmation that says what will happen.
 */
import {
  type CheckIn,
  type EffectiveRating,
  effectiveRatings,
  type Framework,
  frameworkPath,
  positionFromRatings,
  type Rating,
} from "@ascent/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { answer, api } from "../../api/client.js";
import type { PersonOverview, SubmitResult } from "../../api/contract.js";
import { describe } from "../../lib/path-helpers.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { TextAreaField } from "../field.js";
import { ErrorNotice } from "../status.js";
import { CheckInStepper } from "./check-in-stepper.js";
import { checkInViews } from "./check-in-views.js";
import { SaveStatusLine } from "./save-status.js";
import { StageStep } from "./stage-step.js";
import { SubmittedView } from "./submitted-view.js";
import { type DraftState, useAutosave } from "./use-autosave.js";

interface EditorProps {
  readonly framework: Framework;
  readonly checkIn: CheckIn;
  readonly version: number;
  readonly overview: PersonOverview;
  readonly viewerId: string;
}

/** Who will see the check-in once submitted, in plain words. */
function audience(kind: CheckIn["assessorKind"], aboutSelf: boolean): string {
  if (aboutSelf)
    return "Until you submit, only you. Once submitted: you, and the people you share check-ins with — by default your mentor. Your lead sees your position, not these notes.";
  return kind === "joint"
    ? "Until you submit, only you. Once submitted: the two of you (it is a joint check-in); their lead sees the position, not these notes."
    : "Until you submit, only you. Once submitted: you and the person; their lead sees the position, not these notes.";
}

/** The editor of a draft. */
export function CheckInEditor({ framework, checkIn, version, overview, viewerId }: EditorProps) {
  const client = useQueryClient();
  const stages = useMemo(() => frameworkPath(framework), [framework]);
  const aboutSelf = checkIn.personId === viewerId;
  const [state, setState] = useState<DraftState>(() => ({
    ratings: { ...checkIn.ratings },
    signalTicks: { ...(checkIn.signalTicks ?? {}) },
    notes: checkIn.notes ?? "",
  }));
  const [undoStack, setUndoStack] = useState<DraftState[]>([]);
  const { status, flush, retry } = useAutosave(checkIn.id, version, state);
  const history = overview.checkIns;
  const views = useMemo(
    () => checkInViews(framework, checkIn, history, aboutSelf),
    [framework, checkIn, history, aboutSelf],
  );

  const effective = useMemo(() => {
    const list = effectiveRatings(framework, { ...checkIn, ratings: state.ratings }, history);
    return new Map<string, EffectiveRating>(list.map((r) => [r.stageId, r]));
  }, [framework, checkIn, history, state.ratings]);
  const preview = useMemo(() => positionFromRatings(framework, [...effective.values()]), [framework, effective]);

  // Open where the person works: the stage after those reached when the check-in was opened.
  const [reachedBefore] = useState(() => Math.min(preview.reached, stages.length));
  const [current, setCurrent] = useState(() => Math.min(preview.reached, stages.length));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the step on purpose.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [current]);
  const go = (index: number) => {
    moved.current = true;
    setCurrent(Math.max(0, Math.min(stages.length, index)));
  };

  const change = (next: DraftState) => {
    setUndoStack((stack) => [...stack.slice(-49), state]);
    setState(next);
  };
  const undo = () => {
    const previous = undoStack.at(-1);
    if (!previous) return;
    setUndoStack((stack) => stack.slice(0, -1));
    setState(previous);
  };

  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState<SubmitResult | null>(null);
  const before = overview.positions.mentor ?? overview.positions.self;

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      const latestVersion = await flush();
      const result = await answer(
        api.POST("/api/v1/check-ins/{checkInId}/submit", {
          params: { path: { checkInId: checkIn.id } },
          body: { version: latestVersion },
        }),
      );
      setConfirming(false);
      setSubmitted(result);
      await client.invalidateQueries({ queryKey: ["overview"] });
      await client.invalidateQueries({ queryKey: ["dashboard"] });
    } catch (error) {
      setSubmitError(error);
      setConfirming(false);
    } finally {
      setSubmitting(false);
    }
  };

  if (submitted)
    return (
      <SubmittedView
        framework={framework}
        fromProgress={before?.position.progress ?? 0}
        toProgress={submitted.progress}
        aboutSelf={aboutSelf}
        personId={checkIn.personId}
        personName={overview.person.name}
      />
    );

  const stage = stages[current];
  const rated = Object.keys(state.ratings).length;
  return (
    <div className="check-in">
      <div className="check-in__aside">
        <CheckInStepper
          stages={stages}
          effective={effective}
          current={current}
          reachedBefore={reachedBefore}
          onGo={go}
        />
        <p className="check-in__preview">
          <span className="eyebrow">With these ratings</span>
          <span className="num">{describe(framework, preview)}</span>
        </p>
      </div>
      <div className="check-in__main card">
        <div className="check-in__toolbar">
          <SaveStatusLine status={status} onRetry={retry} />
          <button type="button" className="btn btn--small btn--quiet" onClick={undo} disabled={undoStack.length === 0}>
            Undo last change
          </button>
        </div>
        {stage ? (
          <StageStep
            ref={headingRef}
            stage={stage}
            total={stages.length}
            rating={state.ratings[stage.stage.id]}
            carried={views.previous.get(stage.stage.id)}
            other={views.other.get(stage.stage.id)}
            otherLabel={views.otherLabel}
            ticks={state.signalTicks[stage.stage.id] ?? []}
            subject={aboutSelf ? "self" : "other"}
            onRate={(rating: Rating | undefined) => {
              const ratings = { ...state.ratings };
              if (rating === undefined) delete ratings[stage.stage.id];
              else ratings[stage.stage.id] = rating;
              change({ ...state, ratings });
            }}
            onTick={(signalId, ticked) => {
              const now = new Set(state.signalTicks[stage.stage.id] ?? []);
              if (ticked) now.add(signalId);
              else now.delete(signalId);
              const signalTicks = { ...state.signalTicks, [stage.stage.id]: [...now] };
              if (now.size === 0) delete signalTicks[stage.stage.id];
              change({ ...state, signalTicks });
            }}
          />
        ) : (
          <section aria-labelledby="notes-step">
            <h2 id="notes-step" tabIndex={-1} ref={headingRef}>
              Notes and submit
            </h2>
            <p className="card__lead">
              You rated {rated} of {stages.length} stages; the others carry forward. With these ratings:{" "}
              <strong className="num">{describe(framework, preview)}</strong>.
            </p>
            {preview.foundationGaps.length > 0 && (
              <p className="notice notice--warn">
                Some stages are established above one that is not yet: that is shown as a foundation gap, which is worth
                a conversation, not a problem.
              </p>
            )}
            <TextAreaField
              label="Notes (optional)"
              hint={audience(checkIn.assessorKind, aboutSelf)}
              value={state.notes}
              maxLength={20_000}
              onChange={(e) => change({ ...state, notes: e.target.value })}
            />
            {submitError !== null && <ErrorNotice error={submitError} />}
            <button type="button" className="btn btn--primary" onClick={() => setConfirming(true)}>
              Submit check-in…
            </button>
          </section>
        )}
        <div className="check-in__nav">
          <button type="button" className="btn" onClick={() => go(current - 1)} disabled={current === 0}>
            ← Previous
          </button>
          {current < stages.length && (
            <button type="button" className="btn btn--primary" onClick={() => go(current + 1)}>
              {current === stages.length - 1 ? "Next: notes and submit" : "Next stage →"}
            </button>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Submit this check-in?"
        confirmLabel="Submit"
        busy={submitting}
        onConfirm={submit}
        onCancel={() => setConfirming(false)}
      >
        <ul>
          <li>
            {aboutSelf ? "Your" : `${overview.person.name}'s`}{" "}
            {checkIn.assessorKind === "self"
              ? "own view"
              : checkIn.assessorKind === "joint"
                ? "joint view"
                : "mentor's view"}{" "}
            becomes <strong className="num">{describe(framework, preview)}</strong>.
          </li>
          <li>
            {aboutSelf
              ? "Your mentor will see it (unless you stop sharing check-ins with them); your lead sees the position."
              : "They will see it, and their lead sees the position."}
          </li>
          <li>A submitted check-in never changes. To fix a mistake later you add a correction, which replaces it.</li>
        </ul>
      </ConfirmDialog>
    </div>
  );
}
