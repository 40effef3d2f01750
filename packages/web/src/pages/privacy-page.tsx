/**
 * The organisation's privacy policy, for everyone signed in: the organisation's own words, what
 * Ascent keeps private whatever the policy says, and whether admins may read private content.
 */
import { useOrganisationSettings } from "../api/organisation.js";
import { ErrorNotice, Loading } from "../components/status.js";

/** The page. */
export default function PrivacyPage() {
  const settings = useOrganisationSettings();
  if (settings.isPending) return <Loading what="Opening the privacy policy" />;
  if (settings.error)
    return (
      <div className="page page--narrow">
        <ErrorNotice error={settings.error} onRetry={() => settings.refetch()} />
      </div>
    );
  const { name, privacyPolicy } = settings.data;
  return (
    <div className="page page--narrow">
      <header className="page-head">
        <span className="eyebrow">{name}</span>
        <h1>Privacy</h1>
        <p>Who sees what you keep in Ascent.</p>
      </header>
      <div className="stack">
        <section className="card" aria-labelledby="policy-title">
          <h2 id="policy-title">{name}'s privacy policy</h2>
          {privacyPolicy.text.trim() ? (
            <div className="prewrap">{privacyPolicy.text}</div>
          ) : (
            <p className="meta">Your organisation has not written its own policy yet. What Ascent promises is below.</p>
          )}
        </section>
        <section className="card card--flat" aria-labelledby="always-title">
          <h2 id="always-title">What Ascent always keeps private</h2>
          <ul>
            <li>Your private notes are yours alone: nobody else ever reads them.</li>
            <li>
              Your mentor sees what you share with mentors — by default your check-ins, evidence and plan — and you can
              widen or narrow that item by item.
            </li>
            <li>
              The lead of your team sees positions, plans and nudges, not your notes or the text of your evidence.
            </li>
            <li>A moment is its giver's note until it is extended to you; then you see it too.</li>
            <li>Everything you have is yours to take: download your record from your path page.</li>
          </ul>
        </section>
        <section className="card card--flat" aria-labelledby="admins-title">
          <h2 id="admins-title">What admins may read</h2>
          {privacyPolicy.adminMayReadPrivateContent ? (
            <p>
              In {name}, admins may read check-ins, evidence, plans and extended moments when they need to. Every such
              read is recorded in the audit log. Private notes stay yours alone.
            </p>
          ) : (
            <p>
              In {name}, admins manage accounts, teams and the framework, but they do not read your check-ins, evidence,
              plans or moments.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
