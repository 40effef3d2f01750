/**
 * Every InboxSource, one per kind. The rules for mentees are the nudges' (get-nudges.service): a
 * check-in is due `cadence` days after the later of the last check-in and the mentorship's start;
 * a request stands until a check-in of the mentee is submitted after it. Unlike the dashboard's
 * nudges, nobody staying by choice is ever shown as overdue.
 */
import { daysBetween } from "@ascent/core";
import type { InboxFactRow } from "../../store/queries/inbox.queries.js";
import { dayOf, type InboxFacts, type InboxItem, type InboxSource, rowsOf } from "./inbox-item.js";

const DAY = 86_400_000;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const checkInPath = (menteeId: string) => `/check-in?person=${encodeURIComponent(menteeId)}&kind=mentor`;

/** My running mentorships' mentees, by id. */
function mentees(facts: InboxFacts): Map<string, InboxFactRow> {
  return new Map(rowsOf(facts, "mentee").map((m) => [m.person_id!, m]));
}

/** The menteeId an audit entry of a request names ("" when it names none). */
function menteeOfRequest(details: string | null): string {
  try {
    const parsed = JSON.parse(details ?? "{}") as { menteeId?: unknown };
    return typeof parsed.menteeId === "string" ? parsed.menteeId : "";
  } catch {
    return "";
  }
}

/** Check-in requests from my mentees not yet answered by a check-in: the latest per mentee. */
export const checkInRequests: InboxSource = {
  kind: "check_in_request",
  items(facts) {
    const mine = mentees(facts);
    const latest = new Map<string, InboxFactRow>();
    for (const r of rowsOf(facts, "request")) {
      const menteeId = menteeOfRequest(r.detail);
      const mentee = mine.get(menteeId);
      // A request to someone who no longer mentors the person is not theirs to answer.
      if (!mentee || r.at === null) continue;
      if (mentee.at !== null && mentee.at >= r.at) continue;
      if ((latest.get(menteeId)?.at ?? "") < r.at) latest.set(menteeId, r);
    }
    return [...latest].map(([menteeId, r]) => {
      const name = mine.get(menteeId)!.person_name!;
      return {
        key: `check_in_request:${r.id}`,
        kind: "check_in_request",
        personId: menteeId,
        personName: name,
        at: r.at!,
        summary: `${name} asked you for a check-in on ${dayOf(r.at!)}.`,
        path: checkInPath(menteeId),
      };
    });
  },
};

/** My mentees past their cadence (never someone staying by choice). */
export const overdueCheckIns: InboxSource = {
  kind: "overdue_check_in",
  items(facts) {
    return rowsOf(facts, "mentee").flatMap((m): InboxItem[] => {
      if (m.flag === 1 || m.since === null || m.days === null) return [];
      const from = m.at !== null && m.at > m.since ? m.at : m.since;
      const dueAt = new Date(Date.parse(from) + m.days * DAY).toISOString();
      if (dueAt >= facts.now) return [];
      const late = Math.floor(daysBetween(dueAt, facts.now));
      return [
        {
          // The due date is part of the key: a dismissed cycle does not hide the next one.
          key: `overdue_check_in:${m.id}:${dayOf(dueAt)}`,
          kind: "overdue_check_in",
          personId: m.person_id,
          personName: m.person_name,
          at: dueAt,
          summary: `${m.person_name}: a check-in is ${plural(late, "day")} overdue (due ${dayOf(dueAt)}).`,
          path: checkInPath(m.person_id!),
        },
      ];
    });
  },
};

/** Moments extended to me, awaiting my answer. */
export const momentsExtended: InboxSource = {
  kind: "moment_extended",
  items(facts) {
    return rowsOf(facts, "moment_extended").map((m) => ({
      key: `moment_extended:${m.id}`,
      kind: "moment_extended",
      personId: m.person_id,
      personName: m.person_name,
      at: m.at ?? facts.now,
      summary: `${m.person_name} extended a moment to you${m.at ? ` on ${dayOf(m.at)}` : ""}: it awaits your answer.`,
      path: `/moments/${encodeURIComponent(m.id)}`,
    }));
  },
};

/** Moments I gave that were accepted and await a follow-up to their result. */
export const momentFollowUps: InboxSource = {
  kind: "moment_follow_up",
  items(facts) {
    return rowsOf(facts, "moment_follow_up").map((m) => ({
      key: `moment_follow_up:${m.id}`,
      kind: "moment_follow_up",
      personId: m.person_id,
      personName: m.person_name,
      at: m.at ?? facts.now,
      summary: `Your moment with ${m.person_name} was accepted${m.at ? ` on ${dayOf(m.at)}` : ""}: it awaits a follow-up.`,
      path: `/moments/${encodeURIComponent(m.id)}`,
    }));
  },
};

/** Goals of my growth plans due soon, or past due, and not done or dropped. */
export const goalsDue: InboxSource = {
  kind: "goal_due",
  items(facts) {
    return rowsOf(facts, "goal_due").map((g) => ({
      key: `goal_due:${g.id}:${dayOf(g.at!)}`,
      kind: "goal_due",
      personId: null,
      personName: null,
      at: g.at!,
      summary: `A goal of your growth plan is ${g.at! < facts.now ? "past due" : "due"} (${dayOf(g.at!)}).`,
      path: "/me",
    }));
  },
};

/** Check-in drafts I started and did not submit. */
export const drafts: InboxSource = {
  kind: "draft",
  items(facts) {
    return rowsOf(facts, "draft").map((d) => ({
      key: `draft:${d.id}`,
      kind: "draft",
      personId: d.person_id,
      personName: d.person_name,
      at: d.at!,
      summary:
        d.detail === "self"
          ? `Your self check-in of ${dayOf(d.at!)} is a draft.`
          : `Your check-in of ${d.person_name} of ${dayOf(d.at!)} is a draft.`,
      path: `/check-in/${encodeURIComponent(d.id)}`,
    }));
  },
};

/** Every source, in the order the inbox lists their items. */
export const INBOX_SOURCES: readonly InboxSource[] = [
  checkInRequests,
  overdueCheckIns,
  momentsExtended,
  momentFollowUps,
  goalsDue,
  drafts,
];
