/**
 * Dashboards for leads, leaders and admins: people per stage now and over time (pipeline),
 * leadership coverage per team, and where self and mentor views disagree (calibration). Dense
 * tables, every number with its meaning. The scope (teams or organisation) comes from the API.
 */
import { type Framework, frameworkPath, layoutPipeline } from "@ascent/core";
import { useState } from "react";
import { Link } from "react-router";
import type { DashboardScope } from "../api/contract.js";
import {
  useCalibration,
  useFramework,
  useLeadershipCoverage,
  usePipeline,
  useStageDistribution,
} from "../api/queries.js";
import { Diagram } from "../components/diagram.js";
import { EmptyState, ErrorNotice, Loading } from "../components/status.js";
import { useCurrentMe } from "../lib/me-context.js";
import { isAdmin } from "../lib/organisation-permissions.js";
import { progressMeaning, stageTitle, stageTitleOf } from "../lib/path-helpers.js";

function scopeWords(scope: DashboardScope): string {
  return scope.kind === "organisation"
    ? "the whole organisation"
    : `your ${scope.teamIds.length === 1 ? "team" : `${scope.teamIds.length} teams`}`;
}

/** The page. */
export default function DashboardsPage() {
  const me = useCurrentMe();
  const framework = useFramework();
  const distribution = useStageDistribution();
  if (framework.isPending || distribution.isPending) return <Loading what="Gathering the dashboards" />;
  const error = framework.error ?? distribution.error;
  if (error)
    return (
      <div className="page">
        <ErrorNotice error={error} />
      </div>
    );
  const f = framework.data!;
  const d = distribution.data;
  if (!d)
    return (
      <div className="page page--narrow">
        <h1>Dashboards</h1>
        <EmptyState title="Dashboards are for leads, leaders and admins">
          <p>
            When you lead a team, or an admin makes you a leader, your team's or organisation's pipeline appears here.
          </p>
        </EmptyState>
      </div>
    );
  const assessed = d.total - d.notAssessed;
  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">Dashboards · {scopeWords(d.scope)}</span>
        <h1>The leadership pipeline</h1>
        <p>
          <span className="num">{d.total}</span> active people, <span className="num">{assessed}</span> with a place on
          the path.
        </p>
      </header>
      {assessed === 0 ? (
        <EmptyState
          title="Nothing to show yet"
          action={
            isAdmin(me) ? (
              <Link className="btn" to="/admin">
                Invite people or load the demo
              </Link>
            ) : undefined
          }
        >
          <p>
            Once people submit check-ins, this page shows how many work on each stage, how that moves month by month,
            whether every team has someone at team ownership, and where self and mentor views disagree.
          </p>
        </EmptyState>
      ) : (
        <div className="stack">
          <section className="card" aria-labelledby="now-title">
            <h2 id="now-title">People per stage now</h2>
            <StageBars framework={f} perStage={d.perStage} total={assessed} />
            <p className="meta">
              {d.notAssessed} without a check-in yet
              {d.reachedAll > 0 ? ` · ${d.reachedAll} have reached every stage` : ""}.
            </p>
          </section>
          <PipelineCard framework={f} />
          <div className="grid-halves">
            <CoverageCard framework={f} />
            <CalibrationCard framework={f} />
          </div>
        </div>
      )}
    </div>
  );
}

function StageBars({
  framework,
  perStage,
  total,
}: {
  readonly framework: Framework;
  readonly perStage: Readonly<Record<string, number>>;
  readonly total: number;
}) {
  return (
    <table className="bars">
      <caption className="visually-hidden">People working on each stage</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col" className="num">
            People
          </th>
          <th scope="col">
            <span className="visually-hidden">Share</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...frameworkPath(framework)].reverse().map((s) => {
          const n = perStage[s.stage.id] ?? 0;
          return (
            <tr key={s.stage.id}>
              <th scope="row">
                {s.number}. {stageTitle(s)}
              </th>
              <td className="num">{n}</td>
              <td className="bars__cell">
                <meter
                  className="bars__meter"
                  min={0}
                  max={Math.max(1, total)}
                  value={n}
                  aria-label={`${n} of ${total}`}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function PipelineCard({ framework }: { readonly framework: Framework }) {
  const pipeline = usePipeline(24);
  if (pipeline.isPending) return <Loading what="Drawing the pipeline" />;
  if (pipeline.error) return <ErrorNotice error={pipeline.error} />;
  const months = pipeline.data?.months ?? [];
  if (months.length === 0) return null;
  const series = months.map((m) => ({ at: m.month, counts: m.perStage }));
  return (
    <section className="card card--diagram" aria-labelledby="pipeline-title">
      <h2 id="pipeline-title">How it moves: the last {months.length} months</h2>
      <Diagram idPrefix="pipeline" deps={[framework, months]} build={(o) => layoutPipeline({ framework, series }, o)} />
    </section>
  );
}

function CoverageCard({ framework }: { readonly framework: Framework }) {
  // The cursors of the pages opened after the first (the API answers one page of teams at a time).
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const cursor = cursors.at(-1);
  const coverage = useLeadershipCoverage(cursor);
  if (coverage.isPending) return <Loading />;
  if (coverage.error) return <ErrorNotice error={coverage.error} />;
  const c = coverage.data;
  if (!c) return null;
  const { summary } = c;
  const uncovered = summary.teams - summary.covered;
  const gaps = c.groups.filter((g) => g.covered < g.teams).slice(0, 5);
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Leadership coverage</h2>
      <p className="meta">
        Does every team have someone at {stageTitleOf(framework, c.stageId)} or beyond?{" "}
        {summary.teams === 0
          ? "No team has active people yet."
          : uncovered === 0
            ? "Every team with people does."
            : `${uncovered} of ${summary.teams} teams do not yet.`}
        {summary.teamsWithoutPeople > 0 ? ` ${summary.teamsWithoutPeople} more have no active people.` : ""}
      </p>
      {c.scope.kind === "organisation" && gaps.length > 0 ? (
        <p className="meta">
          Most gaps: {gaps.map((g) => `${g.name} (${g.teams - g.covered} of ${g.teams})`).join(" · ")}
        </p>
      ) : null}
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Teams, fewest people at that stage first</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col" className="num">
                People
              </th>
              <th scope="col">Covered</th>
            </tr>
          </thead>
          <tbody>
            {c.teams.map((t) => (
              <tr key={t.teamId}>
                <th scope="row">{t.name}</th>
                <td className="num">{t.members}</td>
                <td>
                  {t.covered ? (
                    <span className="tag tag--ok">Yes · {t.leaders}</span>
                  ) : (
                    <span className="tag">Not yet</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cursors.length > 0 || c.nextCursor !== null ? (
        <div className="row">
          {cursors.length > 0 ? (
            <button type="button" className="btn btn--small" onClick={() => setCursors([])}>
              Back to the first teams
            </button>
          ) : null}
          {c.nextCursor !== null ? (
            <button type="button" className="btn btn--small" onClick={() => setCursors([...cursors, c.nextCursor!])}>
              More teams
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function CalibrationCard({ framework }: { readonly framework: Framework }) {
  const calibration = useCalibration();
  if (calibration.isPending) return <Loading />;
  if (calibration.error) return <ErrorNotice error={calibration.error} />;
  const gaps = calibration.data?.gaps ?? [];
  return (
    <section className="card" aria-labelledby="calibration-title">
      <h2 id="calibration-title">Where views differ</h2>
      <p className="meta">
        People whose own view and mentor's view are half a stage or more apart: worth a conversation. Numbers are places
        on the path (4 means the first four stages are reached); hover for their meaning.
      </p>
      {gaps.length === 0 ? (
        <p>Self and mentor views agree everywhere in scope.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col" className="num">
                  ● Own
                </th>
                <th scope="col" className="num">
                  ◆ Mentor
                </th>
                <th scope="col" className="num">
                  Apart
                </th>
              </tr>
            </thead>
            <tbody>
              {gaps.slice(0, 15).map((g) => (
                <tr key={g.personId}>
                  <th scope="row">
                    <Link to={`/people/${encodeURIComponent(g.personId)}`}>{g.name}</Link>
                  </th>
                  <td className="num" title={progressMeaning(framework, g.selfProgress)}>
                    {g.selfProgress}
                    <span className="visually-hidden"> — {progressMeaning(framework, g.selfProgress)}</span>
                  </td>
                  <td className="num" title={progressMeaning(framework, g.mentorProgress)}>
                    {g.mentorProgress}
                    <span className="visually-hidden"> — {progressMeaning(framework, g.mentorProgress)}</span>
                  </td>
                  <td className="num">
                    {g.difference > 0 ? "+" : ""}
                    {g.difference} {Math.abs(g.difference) === 1 ? "stage" : "stages"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
