/**
 * What the API answers, under the names the pages use: every one an alias of the contract generated
 * from the server's zod schemas (schema.generated.ts, `npm run generate:api`), never a copy, so a
 * renamed, removed or retyped field fails the web app's typecheck (docs/adr/0010-api-contract.md).
 */
import type { components, paths } from "./schema.generated.js";

type Schemas = components["schemas"];
type Method = "get" | "put" | "post" | "patch" | "delete";

/** The JSON body a path answers `method` with, at `status` (200 unless said). */
export type AnswerOf<Path extends keyof paths, M extends Method, Status extends number = 200> = paths[Path][M] extends {
  readonly responses: infer Responses;
}
  ? Status extends keyof Responses
    ? Responses[Status] extends { content: { "application/json": infer Body } }
      ? Body
      : never
    : never
  : never;

/** The JSON body a path takes for `method`. */
export type BodyOf<Path extends keyof paths, M extends Method> = paths[Path][M] extends {
  readonly requestBody?: { readonly content: { readonly "application/json": infer Body } };
}
  ? Body
  : never;

/** The query parameters a path takes for GET. */
export type QueryOf<Path extends keyof paths> = paths[Path]["get"] extends {
  parameters: { query?: infer Query };
}
  ? NonNullable<Query>
  : never;

/** `GET /api/v1/setup`. */
export type SetupStatus = AnswerOf<"/api/v1/setup", "get">;
/** `GET /api/v1/me`. */
export type Me = Schemas["Me"];
/** Login, setup and invitation acceptance. */
export type SessionStarted = Schemas["SessionStarted"];

/** One view of a position: where one kind of assessor places the person, and when. */
export type PositionSummary = Schemas["PositionSummary"];
/** `GET /api/v1/me/overview` and `GET /api/v1/people/:id/overview`. */
export type PersonOverview = Schemas["PersonOverview"];
/** `GET /api/v1/me/mentees`: one mentee with their position. */
export type Mentee = Schemas["Mentees"]["mentees"][number];

/** A check-in with the version its next edit quotes. */
export type CheckInResult = Schemas["CheckInResult"];
/** A submitted check-in, with the person's position afterwards. */
export type SubmitResult = Schemas["SubmitCheckInResult"];
/** An Awesome Permission moment as the API shows it (with the names of both people). */
export type Moment = Schemas["Moment"];
/** A moment with its version. */
export type MomentResult = Schemas["MomentResult"];
/** A plan with its version. */
export type PlanResult = Schemas["PlanResult"];
/** Evidence with its version. */
export type EvidenceResult = Schemas["EvidenceResult"];

/** Which people a dashboard covers. */
export type DashboardScope = Schemas["DashboardScope"];
/** `GET /api/v1/dashboards/stage-distribution`. */
export type StageDistribution = Schemas["StageDistribution"];
/** `GET /api/v1/dashboards/leadership-coverage`: figures and one page of teams, least covered first. */
export type LeadershipCoverage = Schemas["LeadershipCoverage"];
/** `GET /api/v1/dashboards/nudges`. */
export type Nudges = Schemas["Nudges"];

/** `POST /api/v1/invitations`. */
export type CreatedInvitation = AnswerOf<"/api/v1/invitations", "post", 201>;
/** A row of `GET /api/v1/invitations`. */
export type PendingInvitation = AnswerOf<"/api/v1/invitations", "get">["invitations"][number];

/** `POST /api/v1/framework` (admin; `?dryRun=1` checks only). */
export type FrameworkLoadResult = Schemas["FrameworkLoadResult"];

/** One view (self, or mentor/joint) of a position in a list row, from the read model. */
export type ListPosition = Schemas["ListPosition"];
/** A row of `GET /api/v1/people`. */
export type DirectoryPerson = Schemas["DirectoryPerson"];
/** `GET /api/v1/people` (keyset pages). */
export type PeoplePage = Schemas["PeoplePage"];
/** What the people list is asked for; empty fields are left out of the query string. */
export type PeopleQuery = QueryOf<"/api/v1/people">;
/** `GET|PATCH /api/v1/people/:personId` (admin). */
export type AdminPerson = Schemas["AdminPerson"];
/** `POST /api/v1/people` (admin). */
export type CreatedPerson = Schemas["CreatedPerson"];
/** A row of `GET /api/v1/teams`; also what team changes answer. */
export type TeamSummary = Schemas["TeamSummary"];
/** A row of `GET /api/v1/groups`; also what group changes answer. */
export type GroupSummary = Schemas["GroupSummary"];
/** One mentorship (admin). */
export type MentorshipView = Schemas["Mentorship"];
/** What the mentorships list is asked for. */
export type MentorshipsQuery = QueryOf<"/api/v1/mentorships">;
/** `GET /api/v1/mentorships` (admin). */
export type MentorshipPage = Schemas["MentorshipPage"];
/** `GET|PUT /api/v1/organisation/settings`. */
export type OrganisationSettings = Schemas["OrganisationSettings"];

/** An API token as listed (never its secret). */
export type ApiToken = Schemas["ApiToken"];
/** A token just created: the secret, this once. */
export type CreatedApiToken = AnswerOf<"/api/v1/me/api-tokens", "post", 201>;
/** What a token may do; write implies read. */
export type TokenScope = ApiToken["scopes"][number];

/** `POST /api/v1/import/org-chart/preview`: what an import would do. */
export type OrgChartReport = Schemas["OrgChartReport"];
/** `POST /api/v1/import/org-chart`. */
export type OrgChartImportResult = Schemas["OrgChartImportResult"];
