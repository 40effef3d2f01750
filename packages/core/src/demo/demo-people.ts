/**
 * People, teams and groups of the demo organisation, built from the cast. The seed decides
 * names, teams of the engineers, join dates and the small day-to-day details.
 */
import type { GrantedRole, Group, Person, Team } from "../organisation/organisation.types.js";
import type { DemoActor } from "./demo-actor.types.js";
import { CAST, type CastMember, ENGINEER_H, UNCOVERED_TEAM } from "./demo-cast.js";
import { DEMO_EMAIL_DOMAIN, GROUP_NAMES, NAME_CULTURES, TEAM_NAMES, TITLES_BY_STAGE } from "./demo-names.table.js";
import { STAYING_NOTES } from "./demo-notes.table.js";
import { addDays, addMonths, toIso } from "./demo-time.js";
import { dipTrajectory, risingTrajectory, type Trajectory, takeOffTrajectory } from "./demo-trajectory.js";
import type { SeededRandom } from "./seeded-random.js";

/** The three teams of each group, in TEAM_NAMES order. */
export const TEAMS_PER_GROUP = 3;

/** The day the leaver left, counted back from `now`. */
const LEAVER_DAYS_AGO = 155;

/** Formats a zero-padded, readable id such as "person-007". */
export function demoId(prefix: string, n: number, width = 3): string {
  return `${prefix}-${String(n).padStart(width, "0")}`;
}

/** The plain local part of an email: accents dropped, lower case, no spaces or apostrophes. */
export function emailLocalPart(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").toLowerCase().replace(/['\s]/g, "");
}

/** The cast with the seed's engineers added and placed in teams, keeping the uncovered team uncovered. */
function fullCast(random: SeededRandom): CastMember[] {
  const members: CastMember[] = [...CAST];
  const counts = new Array<number>(TEAM_NAMES.length).fill(0);
  for (const member of CAST) if (member.team !== null) counts[member.team] = (counts[member.team] ?? 0) + 1;
  random.shuffle(ENGINEER_H).forEach((h, i) => {
    // Fill the smallest team first (ties broken by the seed); nobody at team ownership joins the uncovered team.
    const order = random.shuffle(TEAM_NAMES.map((_, t) => t)).sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0));
    const team = order.find((t) => t !== UNCOVERED_TEAM || h < 8) ?? 0;
    counts[team] = (counts[team] ?? 0) + 1;
    members.push({ key: `engineer-${i + 1}`, role: "engineer", finalH: h, team });
  });
  return members;
}

/** Unique culturally coherent names: cultures are visited in a seeded order so every one appears. */
function pickNames(random: SeededRandom, count: number): string[] {
  const cultures = random
    .shuffle(NAME_CULTURES)
    .map((c) => ({ first: random.shuffle(c.first), family: random.shuffle(c.family) }));
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const culture = cultures[i % cultures.length]!;
    const round = Math.floor(i / cultures.length);
    const first = culture.first[round % culture.first.length]!;
    const family = culture.family[(round + 1) % culture.family.length]!;
    const name = `${first} ${family}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** When the person joined: seniors long ago, engineers anywhere up to a few years back. */
function joinedAt(random: SeededRandom, member: CastMember, now: number): number {
  const monthsAgo = (min: number, max: number) => addDays(addMonths(now, -random.int(min, max)), -random.int(0, 27));
  switch (member.role) {
    case "new-joiner":
      return addDays(now, -random.int(40, 170));
    case "cto":
      return monthsAgo(72, 110);
    case "engineer":
      if (member.receives) return monthsAgo(31, 70);
      return member.finalH <= 3 ? monthsAgo(14, 40) : monthsAgo(20, 84);
    default:
      return monthsAgo(31, 84);
  }
}

/** The trajectory that tells the member's story between `from` and `to`. */
function trajectoryFor(random: SeededRandom, member: CastMember, from: number, to: number, now: number): Trajectory {
  const { receives, takeOffFromH } = member;
  if (receives?.extendedDaysAgo !== undefined && takeOffFromH !== undefined) {
    return takeOffTrajectory(random, from, addDays(now, -receives.extendedDaysAgo), to, takeOffFromH, member.finalH);
  }
  switch (member.role) {
    case "staying":
    case "foundation-gap":
      return [{ at: from, h: member.finalH }];
    case "dip":
      return dipTrajectory(random, from, to, member.finalH);
    case "new-joiner":
      return risingTrajectory(random, from, to, member.finalH, member.finalH);
    default: {
      // Mostly slow rises; a few people stay level for the whole two years.
      const steps = random.pick([0, 1, 1, 1, 2, 2, 2, 3]);
      return risingTrajectory(random, from, to, member.finalH, steps);
    }
  }
}

function titleFor(random: SeededRandom, member: CastMember): string {
  if (member.title) return member.title;
  const stage = Math.min(8, Math.floor(member.finalH / 2) + 1);
  return random.pick(TITLES_BY_STAGE[stage - 1] ?? ["Software Engineer"]);
}

function rolesFor(member: CastMember): GrantedRole[] {
  if (member.role === "vp") return ["leader", "admin"];
  if (member.role === "cto") return ["leader"];
  return [];
}

/** Builds every actor of the demo organisation, numbered person-001… in a seeded order. */
export function buildActors(random: SeededRandom, now: number, historyStart: number): DemoActor[] {
  const members = random.shuffle(fullCast(random));
  const names = pickNames(random, members.length);
  const emails = new Set<string>();
  return members.map((member, index): DemoActor => {
    const name = names[index]!;
    const [first = name, ...rest] = name.split(" ");
    let email = `${emailLocalPart(first)}.${emailLocalPart(rest.join(""))}@${DEMO_EMAIL_DOMAIN}`;
    for (let n = 2; emails.has(email); n++) email = email.replace("@", `${n}@`);
    emails.add(email);
    const joined = joinedAt(random, member, now);
    const leftAt = member.role === "leaver" ? addDays(now, -LEAVER_DAYS_AGO) : null;
    const recordFrom = Math.max(historyStart, addDays(joined, 21));
    const recordTo = leftAt ?? now;
    const staying =
      member.role === "staying"
        ? { since: toIso(addDays(now, -random.int(150, 420))), note: random.pick(STAYING_NOTES) }
        : null;
    const person: Person = {
      id: demoId("person", index + 1),
      name,
      email,
      teamId: member.team === null ? null : demoId("team", member.team + 1, 2),
      title: titleFor(random, member),
      status: leftAt === null ? "active" : "deactivated",
      roles: rolesFor(member),
      joinedAt: toIso(joined),
      stayingByChoice: staying,
    };
    return {
      person,
      cast: member,
      number: index + 1,
      teamIndex: member.team,
      joinedAt: joined,
      leftAt,
      recordFrom,
      recordTo,
      trajectory: trajectoryFor(random, member, recordFrom, recordTo, now),
      selfBias: selfBiasFor(random, member),
      gap:
        member.role === "foundation-gap"
          ? { stageNumber: Math.floor(member.finalH / 2) + 2, since: addDays(now, -random.int(190, 230)) }
          : null,
    };
  });
}

function selfBiasFor(random: SeededRandom, member: CastMember): number {
  // A stage and a half apart, so the gap shows even when one view is a step behind the other.
  if (member.role === "calibration-high") return 3;
  if (member.role === "calibration-low") return -3;
  // Most people see themselves as their mentor does; some are half a step kinder to themselves.
  return random.chance(0.15) ? 1 : 0;
}

/** Teams with their groups and leads. */
export function buildTeams(actors: readonly DemoActor[]): Team[] {
  return TEAM_NAMES.map((name, t) => ({
    id: demoId("team", t + 1, 2),
    name,
    groupId: demoId("group", Math.floor(t / TEAMS_PER_GROUP) + 1, 2),
    leadIds: actors.filter((a) => a.cast.leadsTeam === t).map((a) => a.person.id),
  }));
}

/** Groups with their leads. */
export function buildGroups(actors: readonly DemoActor[]): Group[] {
  return GROUP_NAMES.map((name, g) => ({
    id: demoId("group", g + 1, 2),
    name,
    leadIds: actors.filter((a) => a.cast.leadsGroup === g).map((a) => a.person.id),
  }));
}

/** Working-on stage number (1-based) for half steps h on a path of `stageCount` stages. */
export function workingOnNumber(h: number, stageCount: number): number {
  return Math.min(stageCount, Math.floor(h / 2) + 1);
}
