/**
 * Rows of the big tables as value arrays in a fixed column order, for bulk statements that bind
 * positional values rather than objects. Mirrors the repositories' mappers for the fields the
 * large generator produces; the loader's test reads everything back through the repositories,
 * so a drift shows up there.
 */
import type { CheckIn, Mentorship, Person } from "@ascent/core";
import type { BulkTable } from "../bulk/bulk-table.js";
import { toIsoText, toJson } from "../repositories/column-codec.js";
import type { CurrentPositionTable, PositionChangeTable } from "../schema/read-model.tables.js";

export type { BulkTable } from "../bulk/bulk-table.js";

export const PERSON_TABLE: BulkTable = {
  name: "person",
  columns: [
    ["id", "text"],
    ["name", "text"],
    ["email", "text"],
    ["team_id", "text"],
    ["title", "text"],
    ["status", "text"],
    ["roles", "text"],
    ["joined_at", "text"],
    ["staying_by_choice", "text"],
    ["version", "integer"],
  ],
};

export function personValues(p: Person): unknown[] {
  const staying = p.stayingByChoice
    ? toJson({ since: toIsoText(p.stayingByChoice.since), note: p.stayingByChoice.note })
    : null;
  return [p.id, p.name, p.email, p.teamId, p.title, p.status, toJson(p.roles), toIsoText(p.joinedAt), staying, 1];
}

export const MENTORSHIP_TABLE: BulkTable = {
  name: "mentorship",
  columns: [
    ["id", "text"],
    ["mentor_id", "text"],
    ["mentee_id", "text"],
    ["started_at", "text"],
    ["ended_at", "text"],
    ["cadence_days", "integer"],
  ],
};

export function mentorshipValues(m: Mentorship): unknown[] {
  const ended = m.endedAt === null ? null : toIsoText(m.endedAt);
  return [m.id, m.mentorId, m.menteeId, toIsoText(m.startedAt), ended, m.cadenceDays];
}

export const CHECK_IN_TABLE: BulkTable = {
  name: "check_in",
  columns: [
    ["id", "text"],
    ["person_id", "text"],
    ["author_id", "text"],
    ["assessor_kind", "text"],
    ["status", "text"],
    ["framework_hash", "text"],
    ["created_at", "text"],
    ["submitted_at", "text"],
    ["supersedes", "text"],
    ["ratings", "text"],
    ["signal_ticks", "text"],
    ["notes", "text"],
    ["evidence_ids", "text"],
    ["version", "integer"],
  ],
};

export function checkInValues(c: CheckIn): unknown[] {
  return [
    c.id,
    c.personId,
    c.authorId,
    c.assessorKind,
    c.status,
    c.frameworkHash,
    toIsoText(c.createdAt),
    c.submittedAt === undefined ? null : toIsoText(c.submittedAt),
    c.supersedes ?? null,
    toJson(c.ratings),
    c.signalTicks === undefined ? null : toJson(c.signalTicks),
    c.notes ?? null,
    c.evidenceIds === undefined ? null : toJson(c.evidenceIds),
    1,
  ];
}

export const CURRENT_POSITION_TABLE: BulkTable = {
  name: "current_position",
  columns: [
    ["person_id", "text"],
    ["source", "text"],
    ["progress", "double precision"],
    ["reached", "integer"],
    ["working_on_stage_id", "text"],
    ["self_progress", "double precision"],
    ["mentor_progress", "double precision"],
    ["updated_at", "text"],
    ["check_in_id", "text"],
    ["source_author_id", "text"],
    ["source_at", "text"],
  ],
};

export function currentPositionValues(r: CurrentPositionTable): unknown[] {
  return [
    r.person_id,
    r.source,
    r.progress,
    r.reached,
    r.working_on_stage_id,
    r.self_progress,
    r.mentor_progress,
    r.updated_at,
    r.check_in_id,
    r.source_author_id,
    r.source_at,
  ];
}

export const POSITION_CHANGE_TABLE: BulkTable = {
  name: "position_change",
  columns: [
    ["check_in_id", "text"],
    ["person_id", "text"],
    ["at", "text"],
    ["from_progress", "double precision"],
    ["to_progress", "double precision"],
    ["stage_id", "text"],
  ],
};

export function positionChangeValues(r: PositionChangeTable): unknown[] {
  return [r.check_in_id, r.person_id, r.at, r.from_progress, r.to_progress, r.stage_id];
}
