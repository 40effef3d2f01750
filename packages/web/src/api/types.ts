/**
 * What the API answers, as the web app reads it. Domain records are the core's own types (type
 * imports only: they cost no bytes in the bundle).
 */
import type { CheckIn, Evidence, Framework, GrowthPlan, Moment, Position, StayingByChoice } from "@ascent/core";

export type { CheckIn, Evidence, Framework, GrowthPlan, Moment, Position, StayingByChoice };

/** `GET /api/v1/setup`. */
export interface SetupStatus {
  readonly setupDone: boolean;
  readonly setupTokenRequired: boolean;
}

/** `GET /api/v1/me`. */
export interface Me {
  readonly accountId: string;
  readonly personId: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly ("admin" | "leader")[];
  readonly via: "session" | "token";
  readonly scopes: readonly ("read" | "write")[];
  readonly csrfToken: string | null;
}

/** Login, setup and invitation acceptance. */
export interface SessionStarted {
  readonly accountId: string;
  readonly expiresAt: string;
  readonly csrfToken: string;
}

/** One view of a position: where one kind of assessor places the person, and when. */
export interface PositionSummary {
  readonly at: string;
  readonly source: string;
  readonly position: Position;
}

/** How the signed-in person relates to the person looked at. */
export type Relationship = "owner" | "mentor" | "lead" | "admin" | "leader" | string;

/** A private note (its author alone sees it). */
export interface PrivateNote {
  readonly id: string;
  readonly authorId: string;
  readonly personId: string;
  readonly body: string;
  readonly createdAt: string;
  readonly updatedAt?: string;
}

/** `GET /api/v1/me/overview` and `GET /api/v1/people/:id/overview`. */
export interface PersonOverview {
  readonly person: {
    readonly id: string;
    readonly name: string;
    readonly email: string | null;
    readonly teamId: string | null;
    readonly title: string;
    readonly status: string;
    readonly stayingByChoice: StayingByChoice | null;
    /** The version marking "staying by choice" must quote. */
    readonly version: number;
  };
  readonly relationship: Relationship;
  readonly positions: { readonly self: PositionSummary | null; readonly mentor: PositionSummary | null };
  readonly checkIns: readonly CheckIn[];
  readonly evidence: readonly Evidence[];
  readonly plans: readonly GrowthPlan[];
  readonly moments: readonly Moment[];
  readonly privateNotes: readonly PrivateNote[];
}

/** A record and the version the next edit must quote. */
export type Versioned<K extends string, T> = Readonly<Record<K, T>> & { readonly version: number };

/** A check-in with its version. */
export type CheckInResult = Versioned<"checkIn", CheckIn>;
/** A submitted check-in, with the person's position afterwards. */
export type SubmitResult = CheckInResult & {
  readonly progress: number | null;
  readonly positionChanged: boolean;
};
/** A moment with its version. */
export type MomentResult = Versioned<"moment", Moment>;
/** A plan with its version. */
export type PlanResult = Versioned<"plan", GrowthPlan>;
/** Evidence with its version. */
export type EvidenceResult = Versioned<"evidence", Evidence>;

/** Which people a dashboard covers. */
export type DashboardScope =
  | { readonly kind: "organisation" }
  | { readonly kind: "teams"; readonly teamIds: readonly string[] };

/** `GET /api/v1/dashboards/stage-distribution`. */
export interface StageDistribution {
  readonly scope: DashboardScope;
  readonly perStage: Readonly<Record<string, number>>;
  readonly reachedAll: number;
  readonly notAssessed: number;
  readonly total: number;
}

/** `GET /api/v1/dashboards/nudges`. */
export interface Nudges {
  readonly scope: DashboardScope;
  readonly overdueCheckIns: readonly {
    mentorshipId: string;
    mentorId: string;
    mentorName: string | null;
    menteeId: string;
    menteeName: string | null;
    lastCheckInAt: string | null;
    dueAt: string;
    daysOverdue: number;
  }[];
  // Names are null where the signed-in person may not open that person.
  readonly inactiveMentors: readonly {
    mentorId: string;
    mentorName: string | null;
    lastCheckInAt: string | null;
    days: number;
  }[];
  readonly checkInRequests: readonly {
    mentorId: string;
    mentorName: string | null;
    menteeId: string;
    menteeName: string | null;
    at: string;
  }[];
  readonly candidates: readonly {
    personId: string;
    personName: string | null;
    reached: number;
    since: string;
    days: number;
  }[];
  readonly stuck: readonly {
    personId: string;
    personName: string | null;
    stageId: string;
    since: string;
    days: number;
  }[];
  readonly drops: readonly {
    personId: string;
    personName: string | null;
    at: string;
    fromProgress: number;
    toProgress: number;
  }[];
}

/** `POST /api/v1/invitations`. */
export interface CreatedInvitation {
  readonly id: string;
  readonly email: string;
  readonly personId: string;
  readonly link: string;
  readonly expiresAt: string;
  readonly mailed: boolean;
}

/** `GET /api/v1/invitations`. */
export interface PendingInvitation {
  readonly id: string;
  readonly email: string;
  readonly personId: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}
