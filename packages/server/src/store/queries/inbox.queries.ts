/**
 * The inbox read: every fact one person's inbox is computed from, in ONE statement (a union of
 * index look-ups keyed by the person: mentorship by mentor, audit_log by target and action,
 * moment by giver and by receiver, growth_plan by person, check_in by author, inbox_dismissal by
 * person). The rules (when a check-in is overdue, when a request is answered) live in
 * app/inbox/, not here: this returns candidate rows only, a few per item.
 *
 * Each branch answers the same columns; `kind` says which branch a row is from.
 */
import { sql } from "kysely";
import type { Db } from "../repositories/store.types.js";

/** One row of the inbox read; the meaning of the loose columns depends on `kind`. */
export interface InboxFactRow {
  readonly kind: "mentee" | "request" | "moment_extended" | "moment_follow_up" | "goal_due" | "draft" | "dismissal";
  /** mentee: the mentorship; request: the audit entry; moment_*: the moment; goal_due: the goal; draft: the check-in; dismissal: the item key. */
  readonly id: string;
  /** The other person the row is about (mentee, giver, receiver, the draft's subject), when there is one. */
  readonly person_id: string | null;
  readonly person_name: string | null;
  /** mentee: last check-in; request: asked at; moment_*: the last step; goal_due: due on; draft: created; dismissal: until. */
  readonly at: string | null;
  /** mentee: the mentorship's start. */
  readonly since: string | null;
  /** mentee: the cadence in days. */
  readonly days: number | null;
  /** mentee: 1 when staying by choice. */
  readonly flag: number | null;
  /** request: the audit details (JSON); goal_due: the goal's title; draft: the assessor kind; moment_*: the variant. */
  readonly detail: string | null;
}

/** What the read is asked. */
export interface InboxFactsQuery {
  readonly personId: string;
  readonly now: string;
  /** Check-in requests older than this are no longer shown. */
  readonly requestsSince: string;
  /** Goals due on or before this instant are shown. */
  readonly goalsDueBy: string;
  /** The audit action a check-in request is written as. */
  readonly requestAction: string;
}

/** Every fact of one person's inbox, in one round trip. */
export async function inboxFacts(db: Db, q: InboxFactsQuery): Promise<InboxFactRow[]> {
  const me = q.personId;
  const result = await sql<InboxFactRow>`
    select 'mentee' as kind, m.id as id, m.mentee_id as person_id, p.name as person_name,
           cp.updated_at as at, m.started_at as since, m.cadence_days as days,
           case when p.staying_by_choice is null then 0 else 1 end as flag, null as detail
      from mentorship m
      join person p on p.id = m.mentee_id
      left join current_position cp on cp.person_id = m.mentee_id
     where m.mentor_id = ${me} and m.started_at <= ${q.now}
       and (m.ended_at is null or m.ended_at > ${q.now}) and p.status = 'active'
    union all
    select 'request', a.id, null, null, a.at, null, null, null, a.details
      from audit_log a
     where a.target_id = ${me} and a.action = ${q.requestAction} and a.at >= ${q.requestsSince}
    union all
    select 'moment_extended', mo.id, mo.giver_id, g.name,
           (select max(t.at) from moment_transition t where t.moment_id = mo.id), null, null, null, mo.variant
      from moment mo
      join person g on g.id = mo.giver_id
     where mo.receiver_id = ${me} and mo.state = 'extended'
    union all
    select 'moment_follow_up', mo.id, mo.receiver_id, r.name,
           (select max(t.at) from moment_transition t where t.moment_id = mo.id), null, null, null, mo.variant
      from moment mo
      join person r on r.id = mo.receiver_id
     where mo.giver_id = ${me} and mo.state = 'accepted'
    union all
    select 'goal_due', go.id, null, null, go.due_on, null, null, null, go.title
      from growth_plan gp
      join goal go on go.plan_id = gp.id
     where gp.person_id = ${me} and go.status in ('planned', 'in_progress')
       and go.due_on is not null and go.due_on <= ${q.goalsDueBy}
    union all
    select 'draft', c.id, c.person_id, s.name, c.created_at, null, null, null, c.assessor_kind
      from check_in c
      join person s on s.id = c.person_id
     where c.author_id = ${me} and c.status = 'draft'
    union all
    select 'dismissal', d.item_key, null, null, d."until", null, null, null, null
      from inbox_dismissal d
     where d.person_id = ${me} and (d."until" is null or d."until" > ${q.now})`.execute(db);
  return result.rows.map((r) => ({
    ...r,
    days: r.days === null ? null : Number(r.days),
    flag: r.flag === null ? null : Number(r.flag),
  }));
}

/** Dismisses (until null) or snoozes (until an instant) one item of a person's inbox. */
export async function putInboxDismissal(
  db: Db,
  row: { readonly personId: string; readonly itemKey: string; readonly until: string | null; readonly at: string },
): Promise<void> {
  await db
    .insertInto("inbox_dismissal")
    .values({ person_id: row.personId, item_key: row.itemKey, until: row.until, at: row.at })
    .onConflict((oc) => oc.columns(["person_id", "item_key"]).doUpdateSet({ until: row.until, at: row.at }))
    .execute();
}
