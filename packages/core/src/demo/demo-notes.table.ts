/**
 * Words for check-in notes, plan reviews and staying-by-choice notes. Placeholders: {stage}
 * (the stage the person is working on, e.g. "Team & system · Ownership") and {reached}
 * (the last stage they reached).
 */

export const SELF_NOTES: readonly string[] = [
  "Felt steadier this month. I am starting to see {stage} in my week, not just in the plan.",
  "Honest view: not much movement. Busy sprint, little room for anything beyond my tickets.",
  "I helped two people get unstuck this cycle and enjoyed it more than my own work.",
  "I think I am further along with {stage} than last time, but I want my mentor's view.",
  "Mostly heads-down delivery. {reached} feels solid; the next step still feels far.",
  "Tried the thing we agreed on and it half worked. Writing down what I would change.",
  "A hard month. I kept my commitments, but I did not stretch.",
];

export const MENTOR_NOTES: readonly string[] = [
  "Clear progress on {stage}: the team now brings problems to them before coming to me.",
  "Solid at {reached}. For {stage} I would like to see them set direction, not only follow it.",
  "Steady. No change in ratings, and that is fine for a quarter with an on-call-heavy rotation.",
  "They underrate themselves; the evidence this month says more than their self check-in does.",
  "Good instincts, still hesitant to say them out loud in the bigger meetings.",
  "Strong cycle. The incident follow-up was theirs from start to finish.",
  "We agreed to narrow the plan to one goal; three at once was spreading them thin.",
];

export const JOINT_NOTES: readonly string[] = [
  "Walked the stages together. We agree on {reached}; {stage} is where the next plan goes.",
  "Went through the evidence side by side. Two signals ticked that neither of us expected.",
  "Joint view: the move is real but young. Keep the rating at emerging and look again next time.",
  "We disagreed on one rating, talked it through, and settled on the cautious one.",
  "Good talk. Updated the plan and dropped a goal that no longer fits.",
];

export const CORRECTION_NOTES: readonly string[] = [
  "Correction: I ticked established on the wrong stage last time. This replaces that check-in.",
  "Re-submitting: the earlier version had a rating we had not agreed on together.",
  "Correcting a slip in the previous check-in; the ratings below are the ones we discussed.",
];

export const DRAFT_NOTES: readonly string[] = [
  "Half written; want to add the incident review before I submit.",
  "Draft: not sure yet whether this counts as emerging. Coming back to it tomorrow.",
  "Started before our 1:1, will finish it afterwards.",
];

/** A tech lead by title who skipped the troubleshooting years: the gap is named kindly. */
export const FOUNDATION_GAP_NOTES: readonly string[] = [
  "Runs the team's direction well since taking the lead role. The deep system know-how that usually comes first is still growing; worth a plan of its own.",
  "Owns planning and advocacy for the team already. Still building the hands-on troubleshooting record underneath it; we agreed to work on both.",
];

export const STAYING_NOTES: readonly string[] = [
  "Loves being the one teammates turn to when a problem will not budge, and wants to keep doing exactly that. We agreed to stop planning for a lead role.",
  "Happiest deep in the system, helping others through it. Chose to stay here and grow the craft; the plan now is about depth, not scope.",
  "Made a clear choice to stay a hands-on expert for the next few years. That is a strong place to be, and the team relies on it.",
];

/** Review notes for goals, by status. */
export const GOAL_REVIEW_NOTES: Readonly<Record<"planned" | "in_progress" | "done" | "dropped", readonly string[]>> = {
  planned: ["", "Starting after the release settles.", "Picked for next quarter; nothing to review yet."],
  in_progress: [
    "Under way. First attempt went well; one more round before it feels natural.",
    "Slower than hoped because of on-call weeks. Still the right goal.",
    "Halfway. The hard part is making time for it, not knowing how.",
  ],
  done: [
    "Done, and it stuck: the team now does this without being asked.",
    "Completed. The review afterwards was the most useful part.",
    "Done earlier than planned; used the spare weeks to help a teammate with the same thing.",
  ],
  dropped: [
    "Dropped: the team changed priorities and this stopped making sense.",
    "Dropped by agreement; a better goal replaced it.",
  ],
};

/** Goals people add themselves, not seeded from the framework. */
export const PERSONAL_GOALS: readonly string[] = [
  "Present one piece of my work at the engineering all-hands",
  "Pair with someone from another team for a week",
  "Write down the three questions I get asked most, with answers",
  "Take the lead on one incident review this quarter",
  "Ask for feedback after every design review I run",
];
