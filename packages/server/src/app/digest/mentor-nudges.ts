/**
 * A mentor's own nudges — their mentees' overdue check-ins and the check-ins their mentees asked
 * them for — for the weekly digest. Mentors who lead nothing have no nudges dashboard, yet product.md
 * promises them "a nudge when someone is overdue". The rules are the dashboard's (get-nudges.service):
 * a check-in is due `cadence` days after the later of the last check-in and the mentorship's start;
 * a request stands until any check-in of the mentee is submitted after it. The facts are loaded
 * once per digest run and shared by every recipient.
 */
import { daysBetween } from "@ascent/core";
import { auditEntriesSince, peopleWithPositions, runningMentorships } from "../../store/queries/dashboard.queries.js";
import type { AppContext } from "../context/app-context.js";
import { NUDGE_DEFAULTS } from "../dashboards/get-nudges.service.js";
import { CHECK_IN_REQUESTED } from "../people/ask-mentor-for-check-in.service.js";

const DAY = 86_400_000;

/** What mentor nudges are computed from, for every mentor at once. */
export interface MentorFacts {
  readonly now: string;
  readonly mentorships: readonly { mentorId: string; menteeId: string; startedAt: string; cadenceDays: number }[];
  /** Active people by id: name and when their current position last changed (their last check-in). */
  readonly people: ReadonlyMap<string, { readonly name: string; readonly lastCheckInAt: string | null }>;
  readonly requests: readonly { mentorId: string; menteeId: string; at: string }[];
}

/** A mentee whose check-in is overdue. */
export interface OverdueMentee {
  readonly menteeId: string;
  readonly menteeName: string;
  readonly dueAt: string;
  readonly daysOverdue: number;
}

/** A mentee's open request for a check-in. */
export interface OpenRequest {
  readonly menteeId: string;
  readonly menteeName: string;
  readonly at: string;
}

/** Loads the facts (three queries, whatever the number of mentors). */
export async function loadMentorFacts(ctx: AppContext): Promise<MentorFacts> {
  const now = ctx.now();
  const since = new Date(Date.parse(now) - NUDGE_DEFAULTS.requestWithinDays * DAY).toISOString();
  const [mentorships, people, requests] = await Promise.all([
    runningMentorships(ctx.db, now),
    peopleWithPositions(ctx.db, { teamIds: null }),
    auditEntriesSince(ctx.db, CHECK_IN_REQUESTED, since),
  ]);
  const active = new Map(
    people.filter((p) => p.status === "active").map((p) => [p.id, { name: p.name, lastCheckInAt: p.updated_at }]),
  );
  return {
    now,
    mentorships: mentorships
      .filter((m) => active.has(m.mentee_id) && active.has(m.mentor_id))
      .map((m) => ({
        mentorId: m.mentor_id,
        menteeId: m.mentee_id,
        startedAt: m.started_at,
        cadenceDays: m.cadence_days,
      })),
    people: active,
    requests: requests.flatMap((r) => {
      const menteeId = String((JSON.parse(r.details) as { menteeId?: unknown }).menteeId ?? "");
      return r.target_id === null ? [] : [{ mentorId: r.target_id, menteeId, at: r.at }];
    }),
  };
}

/** The mentor's overdue mentees and open requests, oldest due first. */
export function mentorNudges(
  facts: MentorFacts,
  mentorId: string,
): { overdue: OverdueMentee[]; requests: OpenRequest[] } {
  const overdue = facts.mentorships
    .filter((m) => m.mentorId === mentorId)
    .flatMap((m) => {
      const mentee = facts.people.get(m.menteeId)!;
      const last = mentee.lastCheckInAt;
      const from = last !== null && last > m.startedAt ? last : m.startedAt;
      const dueAt = new Date(Date.parse(from) + m.cadenceDays * DAY).toISOString();
      if (dueAt >= facts.now) return [];
      return [
        {
          menteeId: m.menteeId,
          menteeName: mentee.name,
          dueAt,
          daysOverdue: Math.floor(daysBetween(dueAt, facts.now)),
        },
      ];
    })
    .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
  // A request to someone who no longer mentors the person is not theirs to answer any more.
  const mentees = new Set(facts.mentorships.filter((m) => m.mentorId === mentorId).map((m) => m.menteeId));
  const requests = facts.requests.flatMap((r) => {
    const mentee = facts.people.get(r.menteeId);
    if (r.mentorId !== mentorId || !mentee || !mentees.has(r.menteeId)) return [];
    if (mentee.lastCheckInAt !== null && mentee.lastCheckInAt >= r.at) return [];
    return [{ menteeId: r.menteeId, menteeName: mentee.name, at: r.at }];
  });
  return { overdue, requests };
}
