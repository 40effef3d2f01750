/** Every /api/v1 resource, registered in one place so the route table reads like the API. */
import type { RouteDeps, ZodApp } from "../route-deps.js";
import { registerAdminPeopleRoutes } from "./admin-people/admin-people.route.js";
import { registerApiTokenRoutes } from "./api-tokens/api-tokens.route.js";
import { registerCheckInRoutes } from "./check-ins/check-ins.route.js";
import { registerDashboardRoutes } from "./dashboards/dashboards.route.js";
import { registerDemoOrganisationRoutes } from "./demo-organisation/demo-organisation.route.js";
import { registerDiagramRoutes } from "./diagrams/diagrams.route.js";
import { registerDigestRoutes } from "./digest/digest.route.js";
import { registerEvidenceRoutes } from "./evidence/evidence.route.js";
import { registerExportRoutes } from "./export/export.route.js";
import { registerFrameworkRoutes } from "./framework/framework.route.js";
import { registerImportRoutes } from "./import/import.route.js";
import { registerInvitationRoutes } from "./invitations/invitations.route.js";
import { registerMeRoutes } from "./me/me.route.js";
import { registerMentorshipRoutes } from "./mentorships/mentorships.route.js";
import { registerMomentRoutes } from "./moments/moments.route.js";
import { registerNoteRoutes } from "./notes/notes.route.js";
import { registerOrganisationSettingsRoutes } from "./organisation-settings/organisation-settings.route.js";
import { registerPasswordResetRoutes } from "./password-resets/password-resets.route.js";
import { registerPeopleRoutes } from "./people/people.route.js";
import { registerPlanRoutes } from "./plans/plans.route.js";
import { registerRoleRoutes } from "./roles/roles.route.js";
import { registerSessionRoutes } from "./session/session.route.js";
import { registerSetupRoutes } from "./setup/setup.route.js";
import { registerSharingRoutes } from "./sharing/sharing.route.js";
import { registerGroupRoutes } from "./teams/groups.route.js";
import { registerTeamRoutes } from "./teams/teams.route.js";

/** Registers the API's routes. */
export function registerApiRoutes(app: ZodApp, deps: RouteDeps): void {
  registerSetupRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerPasswordResetRoutes(app, deps);
  registerInvitationRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerRoleRoutes(app, deps);
  registerFrameworkRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerAdminPeopleRoutes(app, deps);
  registerTeamRoutes(app, deps);
  registerGroupRoutes(app, deps);
  registerMentorshipRoutes(app, deps);
  registerOrganisationSettingsRoutes(app, deps);
  registerCheckInRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerSharingRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerMomentRoutes(app, deps);
  registerNoteRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerDigestRoutes(app, deps);
  registerDemoOrganisationRoutes(app, deps);
  registerDiagramRoutes(app, deps);
  registerImportRoutes(app, deps);
}
