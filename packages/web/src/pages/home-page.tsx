/**
 * Home: where you are on the path ("you are here"), what your next stage asks, your plan, asking
 * your mentor for a check-in, your mentees and the nudges in your scope. Answers "what next?".
 */
import { frameworkPath } from "@ascent/core";
import { Link } from "react-router";
import { useFramework, useOverview } from "../api/queries.js";
import { AskMentorCard } from "../components/home/ask-mentor-card.js";
import { MenteesCard } from "../components/home/mentees-card.js";
import { NextStageCard } from "../components/home/next-stage-card.js";
import { NudgesCard } from "../components/home/nudges-card.js";
import { PlanCard } from "../components/home/plan-card.js";
import { PathPicture } from "../components/path-picture.js";
import { PersonPosition } from "../components/person-position.js";
import { ErrorNotice, Loading } from "../components/status.js";
import { useCurrentMe } from "../lib/me-context.js";
import { describe, firstName, formatDate, pathStage, primaryPosition } from "../lib/path-helpers.js";

/** The home page. */
export default function HomePage() {
  const me = useCurrentMe();
  const framework = useFramework();
  const overview = useOverview("me");
  if (framework.isPending || overview.isPending) return <Loading what="Finding your place on the path" />;
  if (framework.error) return <ErrorNotice error={framework.error} onRetry={() => framework.refetch()} />;
  if (overview.error) return <ErrorNotice error={overview.error} onRetry={() => overview.refetch()} />;
  const f = framework.data;
  const o = overview.data;
  const current = primaryPosition(o.positions);
  const next = current ? pathStage(f, current.position.workingOnStageId) : frameworkPath(f)[0];
  const draft = o.checkIns.find(
    (c) => c.status === "draft" && c.authorId === me.personId && c.personId === me.personId,
  );
  const checkInTo = draft ? `/check-in/${draft.id}` : "/check-in";
  const staying = o.person.stayingByChoice;

  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">Your path</span>
        <h1>Hello, {firstName(me.name)}</h1>
        {current ? (
          <p>
            <span className="num">{describe(f, current.position)}</span>
            <span className="meta home-when">
              {o.positions.mentor ? "As your mentor sees it" : "In your own view"}, {formatDate(current.at)}
            </span>
          </p>
        ) : (
          <p>You have no place on the path yet. Your first check-in puts you on it — it takes about ten minutes.</p>
        )}
      </header>

      <div className="grid-2">
        <div className="stack">
          <section className="card card--diagram" aria-labelledby="here-title">
            <h2 id="here-title" className="visually-hidden">
              You are here
            </h2>
            {current ? (
              <PersonPosition framework={f} overview={o} idPrefix="home-person" />
            ) : (
              <>
                <PathPicture framework={f} idPrefix="home-path" />
                <div className="row">
                  <Link className="btn btn--primary" to={checkInTo}>
                    {draft ? "Continue your first check-in" : "Start your first check-in"}
                  </Link>
                </div>
              </>
            )}
            {draft && current && (
              <p className="notice">
                You have a check-in in progress. <Link to={checkInTo}>Continue it</Link> — only you can see it until you
                submit it.
              </p>
            )}
          </section>
          {staying ? (
            <section className="card" aria-labelledby="staying-title">
              <h2 id="staying-title">You are staying here by choice</h2>
              <p>
                Since {formatDate(staying.since)}. Many excellent engineers choose the stage that suits them; Ascent
                will not nudge anyone about you moving on.
              </p>
              {staying.note && <p className="meta">“{staying.note}”</p>}
            </section>
          ) : (
            next && <NextStageCard framework={f} stage={next} checkInTo={checkInTo} />
          )}
        </div>
        <div className="stack">
          <PlanCard
            framework={f}
            plans={o.plans}
            personId={me.personId}
            targetStageId={next?.stage.id ?? null}
            planLink="/me#plan"
          />
          <AskMentorCard />
          <NudgesCard framework={f} myPersonId={me.personId} />
          <MenteesCard framework={f} />
        </div>
      </div>
    </div>
  );
}
