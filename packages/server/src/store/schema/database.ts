/** Every table Kysely knows, by name: the type behind `Kysely<Database>`. */
import type {
  AccountTable,
  ApiTokenTable,
  AuditLogTable,
  InvitationTable,
  PasswordResetTable,
  RateLimitTable,
  SessionTable,
} from "./account.tables.js";
import type { DigestDeliveryTable, DigestPreferenceTable, DigestWeekTable } from "./digest.tables.js";
import type { InboxDismissalTable } from "./inbox.tables.js";
import type { MomentFollowUpTable, MomentTable, MomentTransitionTable } from "./moment.tables.js";
import type {
  GroupLeadTable,
  GroupTable,
  MentorshipTable,
  OrganisationTable,
  PersonTable,
  TeamLeadTable,
  TeamTable,
} from "./organisation.tables.js";
import type { PrivateNoteTable } from "./private-note.tables.js";
import type {
  CheckInTable,
  EvidenceStageTable,
  EvidenceTable,
  FrameworkVersionTable,
  GoalTable,
  GrowthPlanTable,
  ShareSettingTable,
} from "./progression.tables.js";
import type {
  CoverageCountTable,
  CurrentPositionTable,
  PipelineMonthTable,
  PositionChangeTable,
  StageChangeMonthTable,
  StageCountTable,
  TeamCoverageTable,
} from "./read-model.tables.js";

export interface Database {
  organisation: OrganisationTable;
  person: PersonTable;
  group: GroupTable;
  group_lead: GroupLeadTable;
  team: TeamTable;
  team_lead: TeamLeadTable;
  mentorship: MentorshipTable;
  framework_version: FrameworkVersionTable;
  check_in: CheckInTable;
  evidence: EvidenceTable;
  evidence_stage: EvidenceStageTable;
  share_setting: ShareSettingTable;
  growth_plan: GrowthPlanTable;
  goal: GoalTable;
  moment: MomentTable;
  moment_transition: MomentTransitionTable;
  moment_follow_up: MomentFollowUpTable;
  account: AccountTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  invitation: InvitationTable;
  password_reset: PasswordResetTable;
  rate_limit: RateLimitTable;
  audit_log: AuditLogTable;
  current_position: CurrentPositionTable;
  position_change: PositionChangeTable;
  private_note: PrivateNoteTable;
  stage_count: StageCountTable;
  stage_change_month: StageChangeMonthTable;
  pipeline_month: PipelineMonthTable;
  team_coverage: TeamCoverageTable;
  coverage_count: CoverageCountTable;
  digest_preference: DigestPreferenceTable;
  digest_week: DigestWeekTable;
  digest_delivery: DigestDeliveryTable;
  inbox_dismissal: InboxDismissalTable;
}
