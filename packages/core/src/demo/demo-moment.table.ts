/**
 * The words of each demo Awesome Permission moment: the giver's follow-up notes, the outcome
 * (only once the moment is final) and, for moments that produced something, a piece of the
 * receiver's evidence. Keys match `story` in demo-cast.ts.
 */

/** What a moment says. `{receiver}` and `{giver}` become first names; `{system}` a system of the receiver's team. */
export interface MomentStory {
  readonly followUps: readonly string[];
  readonly outcome: string;
  /** Evidence the receiver produced after accepting, if any. */
  readonly evidence?: { readonly title: string; readonly body: string };
}

export const MOMENT_STORIES: Readonly<Record<string, MomentStory>> = {
  "platform-direction": {
    followUps: [
      "Told {receiver} plainly that the group needs someone to set platform direction and that I think it is them.",
      "{receiver} came back a week later with a one-page plan. Said yes to it on the spot.",
      "Three teams now use the plan {receiver} wrote. They chair the architecture forum without me.",
    ],
    outcome:
      "{receiver} now leads direction for the whole platform group and is mentoring two tech leads of their own.",
    evidence: {
      title: "Platform direction for the next four quarters",
      body: "Wrote and defended the group's platform direction; every team lead signed up to it after two rounds of review.",
    },
  },
  "troubleshooter-to-lead": {
    followUps: [
      "{receiver} is the person everyone asks when {system} misbehaves. Told them I see a tech lead in them, not just a fixer.",
      "They said they had never thought of it. Agreed to try running the team's planning for one quarter.",
      "The planning went well and the team noticed. {receiver} asked for the lead role themselves.",
    ],
    outcome: "{receiver} took the tech lead role, and has since started encouraging others the same way.",
    evidence: {
      title: "First quarter running the team's technical planning",
      body: "Ran planning for the team, said no to two requests that would have hurt the system, and explained why to both stakeholders.",
    },
  },
  "quiet-expert": {
    followUps: [
      "{receiver} has gone quiet in meetings and looks worn down. Had an honest talk: you know more than you show, and the team needs it.",
      "They admitted they felt invisible. We agreed they would lead the next incident review.",
      "The review was excellent. Two other teams asked for {receiver}'s notes.",
    ],
    outcome: "{receiver} now runs the team's incident reviews and is the first person new joiners are sent to.",
    evidence: {
      title: "Led the team's incident review practice",
      body: "Turned ad-hoc incident write-ups into a short routine the whole team follows, and coached two people through their first review.",
    },
  },
  "first-incident": {
    followUps: [
      "Told {receiver} they handled the incident on {system} like someone who has done it for years, and that I want them on the rotation.",
      "They said yes, nervously. Paired with them for the first two shifts.",
    ],
    outcome: "",
    evidence: {
      title: "First on-call rotation for {system}",
      body: "Took a full on-call week, handled two pages alone and wrote up what surprised them.",
    },
  },
  "missed-deadlines": {
    followUps: [
      "{receiver} has missed the last three commitments and seems to have stopped trying. Time for an honest conversation.",
      "Said it straight: this is not the engineer I hired, and I know you can do far better. They listened, and asked what better would look like.",
      "Small commitments, all kept, for six weeks in a row. They now say when something will slip before it slips.",
    ],
    outcome: "{receiver} became the most dependable person on the team and picked up the release duty on their own.",
    evidence: {
      title: "Owned the team's release duty for a quarter",
      body: "Volunteered for release duty, kept every release on schedule and wrote a checklist the team still uses.",
    },
  },
  "data-contracts": {
    followUps: [
      "{receiver} keeps fixing problems between teams without anyone asking. Told them that is leadership, and that they should claim it.",
      "They proposed data contracts between three teams. Backed them publicly in the group meeting.",
      "Contracts are live; breakages between the teams dropped sharply.",
    ],
    outcome: "{receiver} now owns the contracts work across the group and speaks for it in planning.",
    evidence: {
      title: "Data contracts between three teams",
      body: "Proposed, negotiated and rolled out data contracts between three teams, with an owner for each one.",
    },
  },
  "hesitant-reviewer": {
    followUps: [
      "{receiver} leaves reviews half said. Told them their concerns are usually right and the team needs to hear them in full.",
      "They agreed to try writing full review comments for a month, and to bring one concern to the team meeting.",
    ],
    outcome: "",
  },
  "tracing-rollout": {
    followUps: ["Told {receiver} that the tracing rollout needs an owner and that I would back them if they took it."],
    outcome: "",
  },
  "sharp-questions": {
    followUps: [
      "{receiver} asks the sharpest questions in planning. Want to tell them that, and ask them to lead a design review.",
    ],
    outcome: "",
  },
  "not-now": {
    followUps: [
      "Told {receiver} I see enterprise-level work in their future and offered the architecture forum seat.",
      "They thanked me but want to stay close to their team this year. That is a fair answer.",
    ],
    outcome: "No change for now: {receiver} chose to focus on their own team. The offer stays open.",
  },
  "wrong-moment": {
    followUps: ["Noticed {receiver} struggling after the reorganisation. Meant to talk to them about stepping up."],
    outcome:
      "Did not go ahead: their mentor was already having this conversation, and a second voice would have been too much.",
  },
};
