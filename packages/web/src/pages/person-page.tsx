/**
 * A person's page (yours at /me): position (own vs mentor, never mixed), timeline with moments,
 * ratings, evidence, plan, check-in history, staying by choice, and — for yourself — your record
 * to download. What shows follows the relationship the API reports.
 */
import { Link, useParams } from "react-router";
import { isApiError } from "../api/api-error.js";
import { useFramework, useOverview } from "../api/queries.js";
import { CheckInHistory } from "../components/person/check-in-history.js";
import { EvidenceSection } from "../components/person/evidence-section.js";
import { MomentsSection } from "../components/person/moments-section.js";
import { PersonTimeline } from "../components/person/person-timeline.js";
import { PlanSection } from "../components/person/plan-section.js";
import { RatingsTable } from "../components/person/ratings-table.js";
import { StayingSection } from "../components/person/staying-section.js";
import { PersonPosition } from "../components/person-position.js";
import { ErrorNotice, Loading } from "../components/status.js";
import { useCurrentMe } from "../lib/me-context.js";
import { describe, firstName, formatDate } from "../lib/path-helpers.js";
import NotFoundPage from "./not-found-page.js";

/** The person page. */
export default function PersonPage() {
  const me = useCurrentMe();
  const { personId } = useParams();
  const aboutSelf = !personId || personId === me.personId;
  const framework = useFramework();
  const overview = useOverview(aboutSelf ? "me" : personId);
  if (framework.isPending || overview.isPending) return <Loading />;
  if (isApiError(overview.error, 404)) return <NotFoundPage />;
  if (framework.error || overview.error)
    return (
      <div className="page">
        <ErrorNotice error={framework.error ?? overview.error} />
      </div>
    );
  const f = framework.data;
  const o = overview.data;
  const isMentor = o.relationship === "mentor";
  const { self, mentor } = o.positions;
  return (
    <div className="page">
      <header className="page-head person-head">
        <div>
          <span className="eyebrow">{aboutSelf ? "Your path" : isMentor ? "Your mentee" : "Person"}</span>
          <h1>{o.person.name}</h1>
          {o.person.title && <p className="meta">{o.person.title}</p>}
        </div>
        <div className="row">
          {aboutSelf ? (
            <>
              <Link className="btn btn--primary" to="/check-in">
                Start a check-in
              </Link>
              <a className="btn" href="/api/v1/me/export" download>
                Download my record (JSON)
              </a>
            </>
          ) : (
            isMentor && (
              <Link className="btn btn--primary" to={`/check-in?person=${encodeURIComponent(o.person.id)}&kind=mentor`}>
                Check in with {firstName(o.person.name)}
              </Link>
            )
          )}
        </div>
      </header>

      <dl className="views">
        <div className="views__item views__item--self">
          <dt>● {aboutSelf ? "Your own view" : "Their own view"}</dt>
          <dd className="num">{self ? describe(f, self.position) : "No check-in yet"}</dd>
          {self && <dd className="meta">{formatDate(self.at)}</dd>}
        </div>
        <div className="views__item views__item--mentor">
          <dt>◆ Mentor's view</dt>
          <dd className="num">{mentor ? describe(f, mentor.position) : "No check-in yet"}</dd>
          {mentor && <dd className="meta">{formatDate(mentor.at)}</dd>}
        </div>
      </dl>

      <section className="card card--diagram" aria-labelledby="position-title">
        <h2 id="position-title">On the path</h2>
        <PersonPosition framework={f} overview={o} idPrefix="person-position" />
      </section>

      <section className="card card--diagram" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Over time</h2>
        {o.checkIns.some((c) => c.status === "submitted") || o.moments.length > 0 ? (
          <PersonTimeline framework={f} overview={o} />
        ) : (
          <p className="meta">The timeline draws itself from submitted check-ins and Awesome Permission moments.</p>
        )}
      </section>

      <div className="grid-halves">
        <div className="stack">
          <section className="card" aria-labelledby="ratings-title">
            <h2 id="ratings-title">Ratings by stage</h2>
            <RatingsTable framework={f} history={o.checkIns} />
          </section>
          <PlanSection framework={f} plans={o.plans} canEdit={aboutSelf || isMentor} isOwner={aboutSelf} />
          <StayingSection
            personId={o.person.id}
            staying={o.person.stayingByChoice}
            version={o.person.version}
            canSet={aboutSelf || isMentor}
            aboutSelf={aboutSelf}
          />
        </div>
        <div className="stack">
          <MomentsSection
            personId={o.person.id}
            personName={o.person.name}
            aboutSelf={aboutSelf}
            meId={me.personId}
            moments={o.moments}
          />
          <EvidenceSection framework={f} evidence={o.evidence} canAdd={aboutSelf} />
          <section className="card" aria-labelledby="history-title">
            <h2 id="history-title">Check-in history</h2>
            <CheckInHistory framework={f} history={o.checkIns} />
          </section>
        </div>
      </div>
    </div>
  );
}
