/** Tables of the organisation: its one settings row, people, teams, groups and mentorships. */
import type { Generated } from "kysely";
import type { IsoText, JsonText } from "./column-types.js";

export interface OrganisationTable {
  id: string;
  name: string;
  /** JSON: settings, including the privacy policy. */
  settings: JsonText;
  created_at: IsoText;
  version: number;
}

export interface PersonTable {
  id: string;
  name: string;
  email: string;
  team_id: string | null;
  title: string;
  /** active | deactivated | erased */
  status: string;
  /** JSON array of granted roles. */
  roles: JsonText;
  joined_at: IsoText;
  /** JSON `{since, note}` or null. */
  staying_by_choice: JsonText | null;
  version: number;
}

export interface GroupTable {
  id: string;
  name: string;
  /** Since migration 010; bulk writers may leave it to its default (1). */
  version: Generated<number>;
}

export interface TeamTable {
  id: string;
  name: string;
  group_id: string | null;
  /** Since migration 010; bulk writers may leave it to its default (1). */
  version: Generated<number>;
}

export interface TeamLeadTable {
  team_id: string;
  person_id: string;
  /** Keeps the order leads were given in, so exports round-trip. */
  position: number;
}

export interface GroupLeadTable {
  group_id: string;
  person_id: string;
  position: number;
}

export interface MentorshipTable {
  id: string;
  mentor_id: string;
  mentee_id: string;
  started_at: IsoText;
  ended_at: IsoText | null;
  cadence_days: number;
  /** Since migration 010; bulk writers may leave it to its default (1). */
  version: Generated<number>;
}
