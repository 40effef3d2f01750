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

/** `GET /api/v1/dashboards/leadership-coverage`: figures and one page of teams, least covered first. */
export interface LeadershipCoverage {
  readonly scope: DashboardScope;
  readonly stageId: string;
  readonly summary: { readonly teams: number; readonly covered: number; readonly teamsWithoutPeople: number };
  readonly groups: readonly { groupId: string; name: string; teams: number; covered: number }[];
  readonly teams: readonly {
    teamId: string;
    name: string;
    members: number;
    leaders: number;
    covered: boolean;
  }[];
  readonly nextCursor: string | null;
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

/** `GET|PUT /api/v1/me/digest`: my weekly digest of nudges by mail. */
export interface DigestSettings {
  readonly weeklyDigest: boolean;
  /** False when the server mails nothing at all (no ASCENT_SMTP_URL). */
  readonly mailConfigured: boolean;
}

/** `POST /api/v1/framework` (admin; `?dryRun=1` checks only). Errors: 400 details `{ field: path, reason: "line N: …" }`. */
export interface FrameworkLoadResult {
  readonly dryRun: boolean;
  /** False when this content was already the active version (200 instead of 201). */
  readonly created: boolean;
  readonly framework: Framework;
  readonly version: {
    readonly id: string;
    readonly frameworkId: string;
    readonly name: string;
    readonly version: string;
    readonly contentHash: string;
    readonly sourceFormat: "yaml" | "json";
    readonly createdAt: string;
    readonly activatedAt: string | null;
    readonly isActive: boolean;
  } | null;
  readonly changes: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly renamed: readonly { readonly from: string; readonly to: string }[];
    readonly changed: readonly string[];
  };
}

/** Diagrams the server draws (SVG, `?format=png|txt`, `?download=1`), by URL. */
export type PersonDiagramKind = "person" | "zigzag" | "timeline";
export type TeamDiagramKind = "team" | "pipeline";
export type OrganisationDiagramKind = "team" | "pipeline" | "chain" | "levels" | "axis" | "zigzag" | "diagonal";

/** A team, group or person by id and name. */
export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

/** One view (self, or mentor/joint) of a position in a list row, from the read model. */
export interface ListPosition {
  /** Stages reached, + 0.5 when the next one is emerging. */
  readonly progress: number;
  readonly reachedStageId: string | null;
  readonly workingOnStageId: string | null;
}

/** A row of `GET /api/v1/people`. */
export interface DirectoryPerson {
  readonly id: string;
  readonly name: string;
  /** Admins see everyone's; others only their own. */
  readonly email: string | null;
  readonly title: string;
  readonly status: "active" | "deactivated";
  readonly team: NamedRef | null;
  readonly positions: { readonly self: ListPosition | null; readonly mentor: ListPosition | null };
  /** Granted roles, for admins only. */
  readonly roles: readonly ("admin" | "leader")[] | null;
  readonly version: number;
}

/** `GET /api/v1/people?q=&teamId=&groupId=&stage=&status=&cursor=&limit=` (keyset pages). */
export interface PeoplePage {
  readonly people: readonly DirectoryPerson[];
  /** Pass back as `cursor` for the next page; null on the last one. */
  readonly nextCursor: string | null;
  /** Exact up to 1000; beyond, `count` is 1000 and `exact` false ("1000+"). */
  readonly total: { readonly count: number; readonly exact: boolean };
  /** How wide the signed-in person's view is. */
  readonly scope: "organisation" | "related" | "self";
}

/** An open mentorship seen from one side, in an AdminPerson. */
export interface MentorshipRef {
  readonly mentorshipId: string;
  /** The person on the other side. */
  readonly personId: string;
  readonly name: string;
  readonly cadenceDays: number;
  readonly startedAt: string;
  readonly version: number;
}

/** `GET|PATCH /api/v1/people/:personId` (admin). */
export interface AdminPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly title: string;
  readonly status: "active" | "deactivated" | "erased";
  readonly roles: readonly ("admin" | "leader")[];
  readonly joinedAt: string;
  readonly team: NamedRef | null;
  readonly leads: { readonly teams: readonly NamedRef[]; readonly groups: readonly NamedRef[] };
  readonly mentors: readonly MentorshipRef[];
  readonly mentees: readonly MentorshipRef[];
  readonly account: {
    readonly exists: boolean;
    readonly lastLoginAt: string | null;
    readonly invitationExpiresAt: string | null;
  };
  readonly version: number;
}

/** `POST /api/v1/people` (admin). */
export interface CreatedPerson {
  readonly person: AdminPerson;
  /** Present when `invite: true` was sent; the link is shown only now. */
  readonly invitation: {
    readonly id: string;
    readonly link: string;
    readonly expiresAt: string;
    readonly mailed: boolean;
  } | null;
}

/** A row of `GET /api/v1/teams`; also what team changes answer. */
export interface TeamSummary {
  readonly id: string;
  readonly name: string;
  readonly group: NamedRef | null;
  /** Active people whose team it is. */
  readonly memberCount: number;
  readonly leadCount: number;
  readonly leads: readonly NamedRef[];
  readonly version: number;
}

/** A row of `GET /api/v1/groups`; also what group changes answer. */
export interface GroupSummary {
  readonly id: string;
  readonly name: string;
  readonly teamCount: number;
  /** Active people of its teams. */
  readonly memberCount: number;
  readonly leadCount: number;
  readonly leads: readonly NamedRef[];
  readonly version: number;
}

/** One mentorship (admin). */
export interface MentorshipView {
  readonly id: string;
  readonly mentor: NamedRef;
  readonly mentee: NamedRef;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly cadenceDays: number;
  /** Running now. */
  readonly active: boolean;
  readonly version: number;
}

/** `GET /api/v1/mentorships?personId=&state=active|ended|all&cursor=&limit=` (admin). */
export interface MentorshipPage {
  readonly mentorships: readonly MentorshipView[];
  readonly nextCursor: string | null;
}

/** `GET|PUT /api/v1/organisation/settings`. */
export interface OrganisationSettings {
  readonly name: string;
  readonly privacyPolicy: { readonly text: string; readonly adminMayReadPrivateContent: boolean };
  readonly version: number;
}
