/** Tables of the progression: framework versions, check-ins, evidence, sharing and growth plans. */
import type { Flag, IsoText, JsonText } from "./column-types.js";

export interface FrameworkVersionTable {
  id: string;
  framework_id: string;
  name: string;
  version: string;
  content_hash: string;
  /** yaml | json */
  source_format: string;
  /** The text it was loaded from, kept so any version can be shown and re-parsed. */
  source: string;
  created_at: IsoText;
  activated_at: IsoText | null;
  is_active: Flag;
}

export interface CheckInTable {
  id: string;
  person_id: string;
  author_id: string;
  /** self | mentor | joint */
  assessor_kind: string;
  /** draft | submitted */
  status: string;
  framework_hash: string;
  created_at: IsoText;
  submitted_at: IsoText | null;
  supersedes: string | null;
  /** JSON object stage id → rating. */
  ratings: JsonText;
  /** JSON object stage id → signal ids, or null. */
  signal_ticks: JsonText | null;
  notes: string | null;
  /** JSON array of evidence ids, or null. */
  evidence_ids: JsonText | null;
  version: number;
}

export interface EvidenceTable {
  id: string;
  person_id: string;
  kind: string;
  title: string;
  body: string;
  url: string | null;
  occurred_on: IsoText;
  version: number;
}

export interface EvidenceStageTable {
  evidence_id: string;
  stage_id: string;
  position: number;
}

export interface ShareSettingTable {
  /** The person who owns the item and decides. */
  person_id: string;
  /** check_in | evidence | plan */
  item_kind: string;
  item_id: string;
  /** mentor | lead */
  audience: string;
  allowed: Flag;
}

export interface GrowthPlanTable {
  id: string;
  person_id: string;
  target_stage_id: string;
  created_at: IsoText;
  /** Bumped on every change to the plan or its goals: the optimistic concurrency token. */
  version: number;
}

export interface GoalTable {
  id: string;
  plan_id: string;
  position: number;
  title: string;
  from_action: string | null;
  status: string;
  due_on: IsoText | null;
  review_notes: string;
  version: number;
}
