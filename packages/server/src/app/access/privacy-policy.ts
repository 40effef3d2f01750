/**
 * The organisation's privacy policy, read from its settings JSON under `privacy`. Deny by default:
 * a missing or malformed setting means admins see no private content.
 */
import type { Kysely } from "kysely";
import { organisationSettingsText } from "../../store/queries/access.queries.js";
import type { Database } from "../../store/schema/database.js";
import { isRecord } from "../validation/is-record.js";

/** What the policy allows beyond the privacy table's defaults. */
export interface PrivacyPolicy {
  /**
   * Admins may read check-ins, evidence, plans and extended moments of anyone; every such read is
   * written to the audit log. Private notes and `aware` moments stay with their author regardless.
   */
  readonly adminMayReadPrivateContent: boolean;
}

/** The policy when nothing is configured. */
export const DEFAULT_PRIVACY_POLICY: PrivacyPolicy = { adminMayReadPrivateContent: false };

/** The policy inside an organisation settings document (`{"privacy": {"adminMayReadPrivateContent": true}}`). */
export function privacyPolicyFromSettings(settingsText: string): PrivacyPolicy {
  try {
    const settings: unknown = JSON.parse(settingsText);
    const privacy = isRecord(settings) ? settings.privacy : undefined;
    return { adminMayReadPrivateContent: isRecord(privacy) && privacy.adminMayReadPrivateContent === true };
  } catch {
    return DEFAULT_PRIVACY_POLICY;
  }
}

/** The organisation's current policy. */
export async function loadPrivacyPolicy(db: Kysely<Database>): Promise<PrivacyPolicy> {
  return privacyPolicyFromSettings(await organisationSettingsText(db));
}
