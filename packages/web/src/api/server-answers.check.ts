/**
 * The web app's view of the API (types.ts) checked against what the server sends, at compile time
 * (`npm run typecheck`; nothing here runs or ships — type-only imports). Each line proves the
 * server's documented answer (its zod response schema, itself checked against the service's
 * result) fits the type the pages read, so a renamed, removed or retyped field fails the build
 * instead of showing up as `undefined` on a page.
 */
import type { z } from "zod";
import type {
  adminPersonSchema,
  createdPersonSchema,
  directoryPersonSchema,
  peoplePageSchema,
} from "../../../server/src/http/api/admin-people/admin-people.schema.js";
import type {
  checkInResultSchema,
  submitCheckInResultSchema,
} from "../../../server/src/http/api/check-ins/check-ins.schema.js";
import type { sessionStartedSchema } from "../../../server/src/http/api/common.schema.js";
import type {
  leadershipCoverageSchema,
  nudgesSchema,
  stageDistributionSchema,
} from "../../../server/src/http/api/dashboards/dashboards.schema.js";
import type { digestSettingsSchema } from "../../../server/src/http/api/digest/digest.schema.js";
import type { evidenceResultSchema } from "../../../server/src/http/api/evidence/evidence.schema.js";
import type { frameworkLoadResultSchema } from "../../../server/src/http/api/framework/framework.schema.js";
import type {
  createdInvitationSchema,
  pendingInvitationSchema,
} from "../../../server/src/http/api/invitations/invitations.schema.js";
import type { meSchema } from "../../../server/src/http/api/me/me.schema.js";
import type { mentorshipPageSchema } from "../../../server/src/http/api/mentorships/mentorships.schema.js";
import type { momentResultSchema } from "../../../server/src/http/api/moments/moments.schema.js";
import type { privateNoteSchema } from "../../../server/src/http/api/notes/notes.schema.js";
import type { organisationSettingsSchema } from "../../../server/src/http/api/organisation-settings/organisation-settings.schema.js";
import type { personOverviewSchema, positionSummarySchema } from "../../../server/src/http/api/people/people.schema.js";
import type { planResultSchema } from "../../../server/src/http/api/plans/plans.schema.js";
import type { setupStatusSchema } from "../../../server/src/http/api/setup/setup.schema.js";
import type { groupSummarySchema, teamSummarySchema } from "../../../server/src/http/api/teams/teams.schema.js";
import type * as Web from "./types.js";

/** `true` when every answer the schema allows is a value of the web's type. */
type Fits<Schema extends z.ZodType, WebType> = [z.output<Schema>] extends [WebType] ? true : false;

/** Compiles only when every entry is `true`. */
type AllTrue<T extends Record<string, true>> = T;

export type ServerAnswersFitTheWebApp = AllTrue<{
  setupStatus: Fits<typeof setupStatusSchema, Web.SetupStatus>;
  me: Fits<typeof meSchema, Web.Me>;
  sessionStarted: Fits<typeof sessionStartedSchema, Web.SessionStarted>;
  positionSummary: Fits<typeof positionSummarySchema, Web.PositionSummary>;
  privateNote: Fits<typeof privateNoteSchema, Web.PrivateNote>;
  personOverview: Fits<typeof personOverviewSchema, Web.PersonOverview>;
  checkInResult: Fits<typeof checkInResultSchema, Web.CheckInResult>;
  submitResult: Fits<typeof submitCheckInResultSchema, Web.SubmitResult>;
  momentResult: Fits<typeof momentResultSchema, Web.MomentResult>;
  planResult: Fits<typeof planResultSchema, Web.PlanResult>;
  evidenceResult: Fits<typeof evidenceResultSchema, Web.EvidenceResult>;
  stageDistribution: Fits<typeof stageDistributionSchema, Web.StageDistribution>;
  leadershipCoverage: Fits<typeof leadershipCoverageSchema, Web.LeadershipCoverage>;
  nudges: Fits<typeof nudgesSchema, Web.Nudges>;
  createdInvitation: Fits<typeof createdInvitationSchema, Web.CreatedInvitation>;
  pendingInvitation: Fits<typeof pendingInvitationSchema, Web.PendingInvitation>;
  digestSettings: Fits<typeof digestSettingsSchema, Web.DigestSettings>;
  frameworkLoadResult: Fits<typeof frameworkLoadResultSchema, Web.FrameworkLoadResult>;
  directoryPerson: Fits<typeof directoryPersonSchema, Web.DirectoryPerson>;
  peoplePage: Fits<typeof peoplePageSchema, Web.PeoplePage>;
  adminPerson: Fits<typeof adminPersonSchema, Web.AdminPerson>;
  createdPerson: Fits<typeof createdPersonSchema, Web.CreatedPerson>;
  teamSummary: Fits<typeof teamSummarySchema, Web.TeamSummary>;
  groupSummary: Fits<typeof groupSummarySchema, Web.GroupSummary>;
  mentorshipPage: Fits<typeof mentorshipPageSchema, Web.MentorshipPage>;
  organisationSettings: Fits<typeof organisationSettingsSchema, Web.OrganisationSettings>;
}>;
