/**
 * The cast of the demo organisation: who sits where on the path today and which story each
 * person tells. The required stories (a foundation gap, a calibration gap, an overdue mentorship,
 * staying by choice, every moment state, a giver chain, take-offs, a leaver) are fixed roles here,
 * so every seed tells all of them; the seed changes names, teams, dates and words around them.
 *
 * Progress is counted in half steps (`h`): h = 2 × progress, so h = 7 means stage 3 reached and
 * stage 4 emerging. The working-on stage is floor(h / 2) + 1; h = 16 means all eight reached.
 */

/** What makes a cast member's story special; "engineer" is everyone else. */
export type CastRole =
  | "cto"
  | "vp"
  | "distinguished"
  | "group-lead"
  | "architect"
  | "principal"
  | "team-lead"
  | "engineer"
  | "new-joiner"
  | "foundation-gap"
  | "calibration-high"
  | "calibration-low"
  | "staying"
  | "overdue"
  | "leaver"
  | "dip";

/** A moment the cast member receives; `daysAgo` are counted back from `now`. */
export interface CastMoment {
  /** The cast key of the giver. */
  readonly giver: string;
  readonly variant: "struggling" | "instinct_of_potential";
  /** The state the moment ends in today. */
  readonly state: "aware" | "extended" | "accepted" | "result" | "no_change";
  /** Days before `now` of each transition the moment went through, in order. */
  readonly awareDaysAgo: number;
  readonly extendedDaysAgo?: number;
  readonly acceptedDaysAgo?: number;
  readonly endedDaysAgo?: number;
  /** Which text set (demo-moment.table.ts) tells this moment. */
  readonly story: string;
}

/** One member of the cast. */
export interface CastMember {
  /** A stable handle used to wire stories together (not an id). */
  readonly key: string;
  readonly role: CastRole;
  /** Progress in half steps today (for the leaver: on the day they left). */
  readonly finalH: number;
  /** Index into TEAM_NAMES, or null for people who sit above the teams. */
  readonly team: number | null;
  /** Set when the trajectory is a take-off after a moment: half steps before it, flat. */
  readonly takeOffFromH?: number;
  readonly receives?: CastMoment;
  /** Leads this team (index) or group (index). */
  readonly leadsTeam?: number;
  readonly leadsGroup?: number;
  readonly title?: string;
}

/** The coverage-gap team: nobody there has reached team ownership yet (a dashboard should show it). */
export const UNCOVERED_TEAM = 3;

/** Half steps of the engineers with no special story, before they are spread over the teams. */
export const ENGINEER_H: readonly number[] = [
  2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 8, 8, 9, 9, 10, 11,
];

/** The people with a story. Engineers from ENGINEER_H are added by demo-people.ts. */
export const CAST: readonly CastMember[] = [
  { key: "cto", role: "cto", finalH: 16, team: null, title: "Chief Technology Officer" },
  { key: "vp", role: "vp", finalH: 14, team: null, title: "VP Engineering" },
  { key: "distinguished", role: "distinguished", finalH: 15, team: null, title: "Distinguished Engineer" },
  { key: "group-lead-0", role: "group-lead", finalH: 12, team: 0, leadsGroup: 0, title: "Director of Engineering" },
  { key: "group-lead-1", role: "group-lead", finalH: 11, team: 4, leadsGroup: 1, title: "Engineering Manager" },
  {
    key: "group-lead-2",
    role: "group-lead",
    finalH: 10,
    team: 6,
    leadsGroup: 2,
    title: "Principal Engineer",
    takeOffFromH: 7,
    receives: {
      giver: "cto",
      variant: "instinct_of_potential",
      state: "result",
      awareDaysAgo: 450,
      extendedDaysAgo: 420,
      acceptedDaysAgo: 405,
      endedDaysAgo: 160,
      story: "platform-direction",
    },
  },
  { key: "architect", role: "architect", finalH: 13, team: 5, title: "Head of Architecture" },
  { key: "principal", role: "principal", finalH: 12, team: 7, title: "Principal Engineer" },
  { key: "lead-0", role: "team-lead", finalH: 9, team: 0, leadsTeam: 0, title: "Tech Lead" },
  {
    key: "chain-b",
    role: "team-lead",
    finalH: 9,
    team: 1,
    leadsTeam: 1,
    title: "Tech Lead",
    takeOffFromH: 6,
    receives: {
      giver: "distinguished",
      variant: "instinct_of_potential",
      state: "result",
      awareDaysAgo: 470,
      extendedDaysAgo: 440,
      acceptedDaysAgo: 430,
      endedDaysAgo: 200,
      story: "troubleshooter-to-lead",
    },
  },
  { key: "lead-2", role: "team-lead", finalH: 8, team: 2, leadsTeam: 2, title: "Tech Lead" },
  { key: "lead-3", role: "team-lead", finalH: 7, team: 3, leadsTeam: 3, title: "Lead Developer" },
  { key: "lead-4", role: "team-lead", finalH: 8, team: 4, leadsTeam: 4, title: "Tech Lead" },
  { key: "lead-5", role: "team-lead", finalH: 10, team: 5, leadsTeam: 5, title: "Staff Engineer" },
  { key: "lead-6", role: "team-lead", finalH: 9, team: 6, leadsTeam: 6, title: "Tech Lead" },
  {
    key: "lead-7",
    role: "team-lead",
    finalH: 8,
    team: 7,
    leadsTeam: 7,
    title: "Tech Lead",
    receives: {
      giver: "vp",
      variant: "instinct_of_potential",
      state: "no_change",
      awareDaysAgo: 345,
      extendedDaysAgo: 330,
      endedDaysAgo: 210,
      story: "not-now",
    },
  },
  {
    key: "chain-c",
    role: "engineer",
    finalH: 7,
    team: 1,
    takeOffFromH: 4,
    receives: {
      giver: "chain-b",
      variant: "struggling",
      state: "result",
      awareDaysAgo: 370,
      extendedDaysAgo: 350,
      acceptedDaysAgo: 336,
      endedDaysAgo: 120,
      story: "quiet-expert",
    },
  },
  {
    key: "chain-d",
    role: "engineer",
    finalH: 5,
    team: 1,
    takeOffFromH: 3,
    receives: {
      giver: "chain-c",
      variant: "instinct_of_potential",
      state: "accepted",
      awareDaysAgo: 270,
      extendedDaysAgo: 255,
      acceptedDaysAgo: 240,
      story: "first-incident",
    },
  },
  {
    key: "take-off-e",
    role: "engineer",
    finalH: 5,
    team: 0,
    takeOffFromH: 2,
    receives: {
      giver: "group-lead-0",
      variant: "struggling",
      state: "result",
      awareDaysAgo: 430,
      extendedDaysAgo: 410,
      acceptedDaysAgo: 395,
      endedDaysAgo: 150,
      story: "missed-deadlines",
    },
  },
  {
    key: "take-off-f",
    role: "engineer",
    finalH: 8,
    team: 5,
    takeOffFromH: 5,
    receives: {
      giver: "lead-5",
      variant: "instinct_of_potential",
      state: "result",
      awareDaysAgo: 395,
      extendedDaysAgo: 380,
      acceptedDaysAgo: 372,
      endedDaysAgo: 130,
      story: "data-contracts",
    },
  },
  {
    key: "receiver-accepted",
    role: "engineer",
    finalH: 4,
    team: 2,
    takeOffFromH: 3,
    receives: {
      giver: "lead-2",
      variant: "struggling",
      state: "accepted",
      awareDaysAgo: 170,
      extendedDaysAgo: 150,
      acceptedDaysAgo: 131,
      story: "hesitant-reviewer",
    },
  },
  {
    key: "receiver-extended",
    role: "engineer",
    finalH: 6,
    team: 7,
    receives: {
      giver: "principal",
      variant: "instinct_of_potential",
      state: "extended",
      awareDaysAgo: 58,
      extendedDaysAgo: 35,
      story: "tracing-rollout",
    },
  },
  {
    key: "receiver-aware",
    role: "engineer",
    finalH: 3,
    team: 4,
    receives: {
      giver: "lead-4",
      variant: "instinct_of_potential",
      state: "aware",
      awareDaysAgo: 12,
      story: "sharp-questions",
    },
  },
  {
    key: "receiver-declined",
    role: "engineer",
    finalH: 5,
    team: 4,
    receives: {
      giver: "group-lead-1",
      variant: "struggling",
      state: "no_change",
      awareDaysAgo: 240,
      endedDaysAgo: 200,
      story: "wrong-moment",
    },
  },
  { key: "foundation-gap", role: "foundation-gap", finalH: 5, team: 6, title: "Tech Lead" },
  { key: "calibration-high", role: "calibration-high", finalH: 7, team: 2 },
  { key: "calibration-low", role: "calibration-low", finalH: 8, team: 4 },
  { key: "staying-1", role: "staying", finalH: 6, team: 2, title: "Senior Software Engineer" },
  { key: "staying-2", role: "staying", finalH: 6, team: 7, title: "Site Reliability Engineer" },
  { key: "overdue", role: "overdue", finalH: 5, team: 5 },
  { key: "leaver", role: "leaver", finalH: 7, team: 4 },
  { key: "dip", role: "dip", finalH: 8, team: 6 },
  { key: "new-1", role: "new-joiner", finalH: 0, team: 3, title: "Graduate Engineer" },
  { key: "new-2", role: "new-joiner", finalH: 0, team: 6, title: "Apprentice Developer" },
  { key: "new-3", role: "new-joiner", finalH: 1, team: 1, title: "Junior Software Engineer" },
];
