/**
 * The organisation's settings as people read and admins edit them: its name and its privacy
 * policy — the text shown to everyone, and whether admins may read private content (every such
 * read is audited; see access/privacy-policy.ts, which reads the same `privacy` object). Other
 * keys of the settings document (the moment ingredients, demo markers) are kept as they are.
 */
import type { OrganisationRecord } from "../../store/repositories/organisation.repository.js";
import { privacyPolicyFromSettings } from "../access/privacy-policy.js";
import { isRecord } from "../validation/is-record.js";

/** The settings a person can see. */
export interface OrganisationSettings {
  readonly name: string;
  readonly privacyPolicy: {
    /** The organisation's own words about privacy; "" until an admin writes them. */
    readonly text: string;
    readonly adminMayReadPrivateContent: boolean;
  };
  /** The version an edit must quote. */
  readonly version: number;
}

/** The settings of a stored organisation. */
export function organisationSettingsOf(record: OrganisationRecord, version: number): OrganisationSettings {
  const privacy = isRecord(record.settings.privacy) ? record.settings.privacy : {};
  return {
    name: record.name,
    privacyPolicy: {
      text: typeof privacy.text === "string" ? privacy.text : "",
      adminMayReadPrivateContent: privacyPolicyFromSettings(JSON.stringify(record.settings)).adminMayReadPrivateContent,
    },
    version,
  };
}

/** The settings document with the privacy policy replaced, every other key kept. */
export function withPrivacyPolicy(
  settings: Readonly<Record<string, unknown>>,
  policy: OrganisationSettings["privacyPolicy"],
): Record<string, unknown> {
  const privacy = isRecord(settings.privacy) ? settings.privacy : {};
  return {
    ...settings,
    privacy: { ...privacy, text: policy.text, adminMayReadPrivateContent: policy.adminMayReadPrivateContent },
  };
}
