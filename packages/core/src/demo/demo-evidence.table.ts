/**
 * Words for demo evidence. Leadership evidence is mostly not code: reviews, decisions,
 * conversations and talks. Placeholders: {system} (a system the person's team looks after),
 * {team} (their team's name), {other} (a system of another team).
 */
import type { EvidenceKind } from "../organisation/organisation.types.js";

/** Two systems per team, in TEAM_NAMES order. */
export const SYSTEMS_BY_TEAM: readonly (readonly string[])[] = [
  ["the card settlement service", "the refunds ledger"],
  ["the basket service", "the order pipeline"],
  ["the search indexer", "the ranking service"],
  ["the iOS app", "the Android release train"],
  ["the sign-in service", "the permissions store"],
  ["the notification router", "the email templating service"],
  ["the event warehouse", "the nightly batch jobs"],
  ["the build farm", "the shared CI templates"],
];

/** Systems for people who sit above the teams. */
export const COMPANY_SYSTEMS: readonly string[] = [
  "the company's cloud estate",
  "the shared event bus",
  "the public API",
];

/** Titles and bodies for each kind of evidence. */
export interface EvidenceWords {
  readonly titles: readonly string[];
  readonly bodies: readonly string[];
}

export const EVIDENCE_WORDS: Readonly<Record<EvidenceKind, EvidenceWords>> = {
  "design-doc": {
    titles: [
      "Design: splitting {system} into read and write paths",
      "Proposal: retiring the legacy queue behind {system}",
      "Design review notes: capacity planning for {system}",
      "RFC: a shared contract between {system} and {other}",
      "Design: making {system} safe to deploy on Fridays",
    ],
    bodies: [
      "Wrote the first draft, gathered comments from three teams and folded in the objections instead of arguing them away.",
      "Framed the problem in terms the product manager could weigh, with two options and what each would cost us in a year.",
      "The doc changed shape twice after review; the final version is smaller and the team agreed to it without a long meeting.",
      "Listed the risks we were choosing to accept and named who would watch each one after launch.",
    ],
  },
  "incident-review": {
    titles: [
      "Incident review: timeouts in {system} during the spring sale",
      "Post-incident notes: stale cache in {system}",
      "Blameless review of the data backfill in {system}",
      "Incident review: certificate expiry on {system}",
      "Led the follow-up on the outage of {system}",
    ],
    bodies: [
      "Ran the review without hunting for someone to blame; the action list is short and every item has an owner.",
      "Stayed on the call until the root cause was clear, then wrote it up so the next on-call person will not need me.",
      "Noticed the same failure had happened twice before and turned three separate tickets into one fix.",
      "Walked a newer colleague through the timeline so they could present the findings themselves.",
    ],
  },
  "decision-record": {
    titles: [
      "Decision record: one schema registry for {system} and {other}",
      "ADR: moving {system} to managed Postgres",
      "Decision: the {team} team owns on-call for {system}",
      "ADR: deprecating the old client library for {system}",
      "Decision record: shared retry policy across teams",
    ],
    bodies: [
      "Recorded the options we turned down and why, so the question does not come back every quarter.",
      "Got agreement from both teams' leads before writing it, which made the record a summary rather than a battle.",
      "The decision cost us a sprint now and saves us an on-call rotation later; the record says so plainly.",
      "Wrote it after the call, shared it the same day and answered every comment.",
    ],
  },
  conversation: {
    titles: [
      "Mentoring conversation about owning {system}",
      "1:1 notes: what the next stage asks of me",
      "Coffee chat with the team behind {other} about shared pain",
      "Pairing session with a new teammate on {system}",
      "Conversation with my lead about saying no to scope",
      "Feedback session after the quarterly planning",
    ],
    bodies: [
      "We talked about the difference between fixing things myself and making sure they get fixed.",
      "Agreed on one concrete thing to try before our next check-in, and what would tell us it worked.",
      "Spent most of the hour listening; the other team had a problem we had been causing without knowing.",
      "Helped them find their own way through the code instead of handing over the answer.",
    ],
  },
  talk: {
    titles: [
      "Internal talk: what we learned running {system} for a year",
      "Brown-bag: reading a flame graph without fear",
      "Engineering all-hands: how {team} cut its deploy time",
      "Meetup talk: boring technology on purpose",
      "Workshop: writing incident reviews people read",
    ],
    bodies: [
      "Prepared with two dry runs; the questions afterwards went on longer than the talk.",
      "Shared the slides and a short written version for the people who could not attend.",
      "Several people from other teams got in touch afterwards to compare notes.",
    ],
  },
  link: {
    titles: [
      "Runbook for {system} rewritten",
      "Onboarding guide for {system}",
      "Dashboard that shows the health of {system} at a glance",
      "FAQ for people integrating with {system}",
    ],
    bodies: [
      "The old page was out of date and nobody trusted it; this one is short and has an owner.",
      "New joiners used it in their first week and sent back fixes, which is the point.",
      "Built it after answering the same question five times in one month.",
    ],
  },
  note: {
    titles: [
      "Took the painful migration ticket nobody wanted",
      "Stayed with a flaky test until it was really fixed",
      "Asked for help early on the {system} change",
      "Shipped my first change to {system} end to end",
      "Kept a list of the quirks of {system} for the team",
      "Noticed a gap between the {team} team and {other}",
    ],
    bodies: [
      "Small, but it was the first time I finished something like this without being chased.",
      "Wrote down what I learned so the next person starts where I stopped.",
      "It took longer than planned; I said so early and nobody was surprised at the end.",
      "Nobody asked me to; it needed doing and I had the context.",
    ],
  },
};

/** Which kinds of evidence fit someone working on each stage (index 0 = stage 1): early stages lean on notes and conversations, later ones on decisions and talks. */
export const KINDS_BY_STAGE: readonly (readonly EvidenceKind[])[] = [
  ["note", "conversation", "note", "link"],
  ["note", "conversation", "incident-review", "link"],
  ["incident-review", "conversation", "note", "link", "design-doc"],
  ["design-doc", "decision-record", "incident-review", "conversation"],
  ["decision-record", "design-doc", "conversation", "incident-review", "talk"],
  ["decision-record", "design-doc", "talk", "conversation"],
  ["talk", "decision-record", "design-doc", "conversation"],
  ["talk", "decision-record", "conversation", "note"],
];
