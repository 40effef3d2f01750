/**
 * Use case: nudges — overdue check-ins for each mentorship's cadence, mentors inactive for a while,
 * open check-in requests, candidates for Awesome Permission, people stuck at a stage, and drops in
 * progress. Read from current_position, position_change, mentorships and the audit log only.
 * Nobody staying by choice is ever named as overdue, a candidate or stuck. Each person mentioned comes
 * with their name where the actor may look at them (null otherwise).
 */
import { daysBetween } from "@ascent/core";
import {
  auditEntriesSince,
  peopleWithPositions,
  positionChanges,
  runningMentorships,
} from "../../store/queries/dashboard.queries.js";
import type { Actor } from "../access/actor.js";
import { type DashboardScope, requireDashboardScope } from "../access/dashboard-scope.js";
import type { AppContext } from "../context/app-context.js";
import { CHECK_IN_REQUESTED } from "../people/ask-mentor-for-check-in.service.js";
import { IssueList } from "../validation/issue-list.js";
import { peopleScope, toNumber } from "./dashboard-scope.helpers.js";
import { visibleNames } from "./nudge-names.js";

/** Thresholds, all in days; defaults in NUDGE_DEFAULTS. */
export interface NudgeOptions {
  readonly mentorInactiveDays?: number;
  readonly candidateAfterDays?: number;
  readonly stuckAfterDays?: number;
  readonly dropWithinDays?: number;
  readonly requestWithinDays?: number;
}

/** The defaults: a mentor silent for 90 days, established for ~6 months, stuck for a year, recent = 90 days. */
export const NUDGE_DEFAULTS: Required<NudgeOptions> = {
  mentorInactiveDays: 90,
  candidateAfterDays: 182,
  stuckAfterDays: 365,
  dropWithinDays: 90,
  requestWithinDays: 90,
};

/** A mentorship whose cadence has passed without a check-in. */
export interface OverdueCheckIn {
  readonly mentorshipId: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly lastCheckInAt: string | null;
  readonly dueAt: string;
  readonly daysOverdue: number;
}

/** A mentor none of whose mentees they checked in with for a while. */
export interface InactiveMentor {
  readonly mentorId: string;
  readonly lastCheckInAt: string | null;
  readonly days: number;
}

/** A mentee's open request for a check-in. */
export interface CheckInRequest {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly at: string;
}

/** Someone established at their stage for a while: a candidate for Awesome Permission. */
export interface PermissionCandidate {
  readonly personId: string;
  readonly reached: number;
  readonly since: string;
  readonly days: number;
}

/** Someone working on the same stage for a long time. */
export interface StuckPerson {
  readonly personId: string;
  readonly stageId: string;
  readonly since: string;
  readonly days: number;
}

/** A recent step back on the path. */
export interface ProgressDrop {
  readonly personId: string;
  readonly at: string;
  readonly fromProgress: number;
  readonly toProgress: number;
}

/** The names beside the ids: where the actor may look at the person, else null. */
type MentorNamed = { readonly mentorName: string | null };
type MenteeNamed = { readonly menteeName: string | null };
type PersonNamed = { readonly personName: string | null };

/** Every nudge in scope, each person named where the actor may look at them. */
export interface Nudges {
  readonly scope: DashboardScope;
  readonly overdueCheckIns: readonly (OverdueCheckIn & MentorNamed & MenteeNamed)[];
  readonly inactiveMentors: readonly (InactiveMentor & MentorNamed)[];
  readonly checkInRequests: readonly (CheckInRequest & MentorNamed & MenteeNamed)[];
  readonly candidates: readonly (PermissionCandidate & PersonNamed)[];
  readonly stuck: readonly (StuckPerson & PersonNamed)[];
  readonly drops: readonly (ProgressDrop & PersonNamed)[];
}

const DAY = 86_400_000;

/** The nudges for the actor's scope (leads: their teams; leaders and admins: the organisation). */
export async function getNudges(ctx: AppContext, actor: Actor, options: NudgeOptions = {}): Promise<Nudges> {
  const issues = new IssueList();
  for (const [key, value] of Object.entries(options)) if (value !== undefined) issues.positiveInteger(key, value);
  issues.throwIfAny();
  const o = { ...NUDGE_DEFAULTS, ...options };
  const scope = await requireDashboardScope(ctx, actor);
  const now = ctx.now();
  const daysAgo = (days: number) => new Date(Date.parse(now) - days * DAY).toISOString();
  const [people, mentorships, changes, requests] = await Promise.all([
    peopleWithPositions(ctx.db, peopleScope(scope)),
    runningMentorships(ctx.db, now),
    positionChanges(ctx.db, peopleScope(scope)),
    auditEntriesSince(ctx.db, CHECK_IN_REQUESTED, daysAgo(o.requestWithinDays)),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const active = people.filter((p) => p.status === "active");
  const inScope = mentorships.filter((m) => byId.get(m.mentee_id)?.status === "active");
  // Staying by choice is respected everywhere: such a mentee's cadence never turns into a nudge.
  const menteesToNudge = inScope.filter((m) => byId.get(m.mentee_id)!.staying_by_choice === null);

  const overdueCheckIns = menteesToNudge.flatMap((m): OverdueCheckIn[] => {
    const last = byId.get(m.mentee_id)!.updated_at;
    const from = last !== null && last > m.started_at ? last : m.started_at;
    const dueAt = new Date(Date.parse(from) + m.cadence_days * DAY).toISOString();
    if (dueAt >= now) return [];
    return [
      {
        mentorshipId: m.id,
        mentorId: m.mentor_id,
        menteeId: m.mentee_id,
        lastCheckInAt: last,
        dueAt,
        daysOverdue: Math.floor(daysBetween(dueAt, now)),
      },
    ];
  });

  const inactiveMentors = [...new Set(inScope.map((m) => m.mentor_id))].sort().flatMap((mentorId): InactiveMentor[] => {
    const own = inScope.filter((m) => m.mentor_id === mentorId);
    const dates = own.flatMap((m) => {
      const p = byId.get(m.mentee_id)!;
      return p.position_author_id === mentorId && p.position_at !== null ? [p.position_at] : [];
    });
    const last = dates.sort().at(-1) ?? null;
    const since = last ?? own.map((m) => m.started_at).sort()[0]!;
    const days = Math.floor(daysBetween(since, now));
    return days >= o.mentorInactiveDays ? [{ mentorId, lastCheckInAt: last, days }] : [];
  });

  const checkInRequests = requests.flatMap((r): CheckInRequest[] => {
    const menteeId = String((JSON.parse(r.details) as { menteeId?: unknown }).menteeId ?? "");
    const mentee = byId.get(menteeId);
    // Answered once any check-in of the person is submitted after the request.
    if (!mentee || r.target_id === null || (mentee.updated_at !== null && mentee.updated_at >= r.at)) return [];
    return [{ mentorId: r.target_id, menteeId, at: r.at }];
  });

  const lastChange = new Map<string, string>();
  for (const change of changes) lastChange.set(change.person_id, change.at);
  const settled = active.flatMap((p) => {
    const since = lastChange.get(p.id);
    // Staying by choice is respected: such people are never candidates and never "stuck".
    if (p.staying_by_choice !== null || p.working_on_stage_id === null || since === undefined) return [];
    return [{ person: p, since, days: Math.floor(daysBetween(since, now)) }];
  });
  const candidates = settled
    .filter((s) => (s.person.reached ?? 0) >= 1 && s.days >= o.candidateAfterDays)
    .map(
      (s): PermissionCandidate => ({ personId: s.person.id, reached: s.person.reached!, since: s.since, days: s.days }),
    );
  const stuck = settled
    .filter((s) => s.days >= o.stuckAfterDays)
    .map(
      (s): StuckPerson => ({
        personId: s.person.id,
        stageId: s.person.working_on_stage_id!,
        since: s.since,
        days: s.days,
      }),
    );

  const recent = daysAgo(o.dropWithinDays);
  const drops = changes.flatMap((c): ProgressDrop[] => {
    const from = toNumber(c.from_progress);
    const to = toNumber(c.to_progress)!;
    return from !== null && to < from && c.at >= recent && byId.get(c.person_id)?.status === "active"
      ? [{ personId: c.person_id, at: c.at, fromProgress: from, toProgress: to }]
      : [];
  });

  const mentioned = [
    ...overdueCheckIns.flatMap((n) => [n.mentorId, n.menteeId]),
    ...inactiveMentors.map((n) => n.mentorId),
    ...checkInRequests.flatMap((n) => [n.mentorId, n.menteeId]),
    ...candidates.map((n) => n.personId),
    ...stuck.map((n) => n.personId),
    ...drops.map((n) => n.personId),
  ];
  const names = await visibleNames(ctx, actor, mentioned, new Map(people.map((p) => [p.id, p.name])));
  const nameOf = (id: string) => names.get(id) ?? null;
  return {
    scope,
    overdueCheckIns: overdueCheckIns.map((n) => ({
      ...n,
      mentorName: nameOf(n.mentorId),
      menteeName: nameOf(n.menteeId),
    })),
    inactiveMentors: inactiveMentors.map((n) => ({ ...n, mentorName: nameOf(n.mentorId) })),
    checkInRequests: checkInRequests.map((n) => ({
      ...n,
      mentorName: nameOf(n.mentorId),
      menteeName: nameOf(n.menteeId),
    })),
    candidates: candidates.map((n) => ({ ...n, personName: nameOf(n.personId) })),
    stuck: stuck.map((n) => ({ ...n, personName: nameOf(n.personId) })),
    drops: drops.map((n) => ({ ...n, personName: nameOf(n.personId) })),
  };
}
