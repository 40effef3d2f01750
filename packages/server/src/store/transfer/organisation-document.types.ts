/**
 * The organisation export document: everything of the organisation, ids kept, timestamps as
 * ISO-8601 UTC with milliseconds. Credentials are never in it (accounts come without passwords,
 * sessions or tokens and are re-invited), and neither are the read models, which are rebuilt.
 */
import type { CheckIn, Evidence, Group, GrowthPlan, Mentorship, Moment, Person, Team } from "@ascent/core";
import type { FrameworkVersionRecord } from "../repositories/framework-version.repository.js";
import type { OrganisationRecord } from "../repositories/organisation.repository.js";
import type { PrivateNoteRecord } from "../repositories/private-note.repository.js";
import type { ShareSetting } from "../repositories/share-setting.repository.js";

/** The marker and version every document carries, so a reader can refuse what it does not know. */
export const DOCUMENT_FORMAT = "ascent-organisation";
export const DOCUMENT_FORMAT_VERSION = 1;

/** An account as exported: who can log in, without any credential. */
export interface ExportedAccount {
  readonly id: string;
  readonly personId: string | null;
  readonly email: string;
  readonly createdAt: string;
}

/** The whole organisation as plain data (arrays in id order). */
export interface OrganisationDocument {
  readonly format: typeof DOCUMENT_FORMAT;
  readonly formatVersion: typeof DOCUMENT_FORMAT_VERSION;
  readonly organisation: OrganisationRecord;
  readonly frameworkVersions: readonly FrameworkVersionRecord[];
  readonly groups: readonly Group[];
  readonly teams: readonly Team[];
  readonly people: readonly Person[];
  readonly mentorships: readonly Mentorship[];
  readonly checkIns: readonly CheckIn[];
  readonly evidence: readonly Evidence[];
  readonly plans: readonly GrowthPlan[];
  readonly moments: readonly Moment[];
  readonly shareSettings: readonly ShareSetting[];
  /** Each visible to its author alone in the app; the export is the organisation's, like a backup. */
  readonly privateNotes: readonly PrivateNoteRecord[];
  readonly accounts: readonly ExportedAccount[];
}
