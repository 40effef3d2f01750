/**
 * The people side of Ascent as plain data: people, teams, groups, mentorships,
 * evidence and growth plans. Storage persists these shapes; the demo organisation produces them.
 */
import type { StageId } from "../framework/framework.types.js";
import type { IsoDateTime } from "../progression/progression.types.js";

/** `active` people take part; `deactivated` have left (offboarding); `erased` had their personal text removed. */
export type PersonStatus = "active" | "deactivated" | "erased";

/** Roles granted explicitly; mentor and lead roles come from mentorships and team/group leads instead. */
export type GrantedRole = "leader" | "admin";

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** The team the person belongs to, if any. */
  readonly teamId: string | null;
  readonly title: string;
  readonly status: PersonStatus;
  readonly roles: readonly GrantedRole[];
  readonly joinedAt: IsoDateTime;
  /** Set when the person (or their mentor, with them) chose to stay at their stage; no "stuck" nudge names them. */
  readonly stayingByChoice: StayingByChoice | null;
}

export interface StayingByChoice {
  readonly since: IsoDateTime;
  readonly note: string;
}

/** A team and the systems it looks after (the model's "single team & system" level). */
export interface Team {
  readonly id: string;
  readonly name: string;
  readonly groupId: string | null;
  /** People who lead the team (see its positions, plans and nudges). */
  readonly leadIds: readonly string[];
}

/** Several teams (the model's "multi-team & multi-system" level). */
export interface Group {
  readonly id: string;
  readonly name: string;
  readonly leadIds: readonly string[];
}

/** A mentor ↔ mentee relationship; a check-in is expected every `cadenceDays`. */
export interface Mentorship {
  readonly id: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly startedAt: IsoDateTime;
  readonly endedAt: IsoDateTime | null;
  readonly cadenceDays: number;
}

export type EvidenceKind =
  | "design-doc"
  | "incident-review"
  | "decision-record"
  | "conversation"
  | "talk"
  | "link"
  | "note";

/** A dated, titled note or link attached to stages. Leadership evidence is mostly not code. */
export interface Evidence {
  readonly id: string;
  readonly personId: string;
  readonly kind: EvidenceKind;
  readonly title: string;
  readonly body: string;
  readonly url: string | null;
  readonly occurredOn: IsoDateTime;
  readonly stageIds: readonly StageId[];
}

export type GoalStatus = "planned" | "in_progress" | "done" | "dropped";

export interface Goal {
  readonly id: string;
  readonly title: string;
  /** The suggested action it was seeded from, if any. */
  readonly fromAction: string | null;
  readonly status: GoalStatus;
  readonly dueOn: IsoDateTime | null;
  readonly reviewNotes: string;
}

/** Goals for reaching a stage. */
export interface GrowthPlan {
  readonly id: string;
  readonly personId: string;
  readonly targetStageId: StageId;
  readonly createdAt: IsoDateTime;
  readonly goals: readonly Goal[];
}
