/**
 * Test-only loader of the demo organisation, with read models computed the way submissions
 * maintain them. Interim: replace with the storage helper's demo loader once it lands.
 */
import { buildDemoOrganisation, currentPosition, type DemoOrganisation, progressSeries } from "@ascent/core";
import type { Kysely } from "kysely";
import { checkInToRow } from "../../store/queries/check-in.queries.js";
import { ensurePrivateNoteTable } from "../../store/queries/private-note.migration.js";
import type { Database } from "../../store/schema/database.js";

async function insertAll<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    // Rows are built to the table's shape at each call; the generic insert cannot prove it.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 200) as never)
      .execute();
  }
}

/** Loads the demo organisation (seed 1) into `db` and returns it. */
export async function loadDemoForTest(db: Kysely<Database>): Promise<DemoOrganisation> {
  await ensurePrivateNoteTable(db as Kysely<unknown>);
  const org = buildDemoOrganisation();
  await insertAll(db, "organisation", [
    {
      id: org.organisation.id,
      name: org.organisation.name,
      settings: "{}",
      created_at: org.organisation.createdAt,
      version: 1,
    },
  ]);
  await insertAll(
    db,
    "group",
    org.groups.map((g) => ({ id: g.id, name: g.name })),
  );
  await insertAll(
    db,
    "team",
    org.teams.map((t) => ({ id: t.id, name: t.name, group_id: t.groupId })),
  );
  await insertAll(
    db,
    "person",
    org.people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      team_id: p.teamId,
      title: p.title,
      status: p.status,
      roles: JSON.stringify(p.roles),
      joined_at: p.joinedAt,
      staying_by_choice: p.stayingByChoice === null ? null : JSON.stringify(p.stayingByChoice),
      version: 1,
    })),
  );
  await insertAll(
    db,
    "team_lead",
    org.teams.flatMap((t) => t.leadIds.map((person_id, position) => ({ team_id: t.id, person_id, position }))),
  );
  await insertAll(
    db,
    "group_lead",
    org.groups.flatMap((g) => g.leadIds.map((person_id, position) => ({ group_id: g.id, person_id, position }))),
  );
  await insertAll(
    db,
    "mentorship",
    org.mentorships.map((m) => ({
      id: m.id,
      mentor_id: m.mentorId,
      mentee_id: m.menteeId,
      started_at: m.startedAt,
      ended_at: m.endedAt,
      cadence_days: m.cadenceDays,
    })),
  );
  // Corrections reference what they supersede: originals first.
  const ordered = [...org.checkIns].sort(
    (a, b) => Number(a.supersedes !== undefined) - Number(b.supersedes !== undefined),
  );
  await insertAll(
    db,
    "check_in",
    ordered.map((c) => checkInToRow(c, 1)),
  );
  await insertAll(
    db,
    "evidence",
    org.evidence.map((e) => ({
      id: e.id,
      person_id: e.personId,
      kind: e.kind,
      title: e.title,
      body: e.body,
      url: e.url,
      occurred_on: e.occurredOn,
      version: 1,
    })),
  );
  await insertAll(
    db,
    "evidence_stage",
    org.evidence.flatMap((e) => e.stageIds.map((stage_id, position) => ({ evidence_id: e.id, stage_id, position }))),
  );
  await insertAll(
    db,
    "growth_plan",
    org.plans.map((p) => ({
      id: p.id,
      person_id: p.personId,
      target_stage_id: p.targetStageId,
      created_at: p.createdAt,
      version: 1,
    })),
  );
  await insertAll(
    db,
    "goal",
    org.plans.flatMap((p) =>
      p.goals.map((g, position) => ({
        id: g.id,
        plan_id: p.id,
        position,
        title: g.title,
        from_action: g.fromAction,
        status: g.status,
        due_on: g.dueOn,
        review_notes: g.reviewNotes,
        version: 1,
      })),
    ),
  );
  await insertAll(
    db,
    "moment",
    org.moments.map((m) => ({
      id: m.id,
      giver_id: m.giverId,
      receiver_id: m.receiverId,
      variant: m.variant,
      state: m.state,
      ingredients: JSON.stringify(m.ingredientIds),
      outcome: m.outcome,
      evidence_ids: JSON.stringify(m.evidenceIds),
      version: 1,
    })),
  );
  await insertAll(
    db,
    "moment_transition",
    org.moments.flatMap((m) => m.transitions.map((t, seq) => ({ moment_id: m.id, seq, to_state: t.to, at: t.at }))),
  );
  await insertAll(
    db,
    "moment_follow_up",
    org.moments.flatMap((m) => m.followUps.map((f, seq) => ({ moment_id: m.id, seq, at: f.at, note: f.note }))),
  );
  await loadReadModels(db, org);
  return org;
}

/** current_position and position_change as a replay of each person's submissions would leave them. */
async function loadReadModels(db: Kysely<Database>, org: DemoOrganisation): Promise<void> {
  const positions: object[] = [];
  const changes: object[] = [];
  for (const person of org.people) {
    const own = org.checkIns.filter((c) => c.personId === person.id);
    const current = currentPosition(org.framework, own);
    if (current.primary === null) continue;
    const lastSubmitted = own
      .flatMap((c) => (c.submittedAt ? [c.submittedAt] : []))
      .sort()
      .at(-1)!;
    positions.push({
      person_id: person.id,
      source: current.primary.source,
      progress: current.primary.position.progress,
      reached: current.primary.position.reached,
      working_on_stage_id: current.primary.position.workingOnStageId,
      self_progress: current.self?.position.progress ?? null,
      mentor_progress: current.mentor?.position.progress ?? null,
      updated_at: lastSubmitted,
      check_in_id: current.primary.checkInId,
    });
    let previous: { progress: number; stage: string | null } | null = null;
    for (const point of progressSeries(org.framework, own)) {
      if (previous && previous.progress === point.progress && previous.stage === point.workingOnStageId) continue;
      changes.push({
        check_in_id: point.checkInId,
        person_id: person.id,
        at: point.at,
        from_progress: previous?.progress ?? null,
        to_progress: point.progress,
        stage_id: point.workingOnStageId,
      });
      previous = { progress: point.progress, stage: point.workingOnStageId };
    }
  }
  await insertAll(db, "current_position", positions);
  await insertAll(db, "position_change", changes);
}
