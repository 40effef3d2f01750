/**
 * Use case: an admin changes the organisation's name or privacy policy, quoting the version read.
 * Who may read private content is the policy's most sensitive switch: every change is audited
 * with the before and after of that switch.
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findOrganisation, updateOrganisation } from "../../store/repositories/organisation.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { isRecord } from "../validation/is-record.js";
import { IssueList, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from "../validation/issue-list.js";
import { type OrganisationSettings, organisationSettingsOf, withPrivacyPolicy } from "./organisation-settings.js";

/** Input: the version read, and what changes (at least one of them). */
export interface UpdateOrganisationSettingsInput {
  readonly version: unknown;
  readonly name?: unknown;
  readonly privacyPolicy?: unknown;
}

/** Saves the change; `conflict` for a stale version. */
export async function updateOrganisationSettings(
  ctx: AppContext,
  actor: Actor,
  input: UpdateOrganisationSettingsInput,
): Promise<OrganisationSettings> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "organisation");
  const issues = new IssueList();
  const version = issues.positiveInteger("version", input.version);
  const name = input.name === undefined ? undefined : issues.text("name", input.name, MAX_TITLE_LENGTH);
  let text: string | undefined;
  let adminMayRead: boolean | undefined;
  if (input.privacyPolicy !== undefined) {
    if (!isRecord(input.privacyPolicy)) issues.add("privacyPolicy", "must be an object");
    else {
      text = issues.optionalText("privacyPolicy.text", input.privacyPolicy.text, MAX_TEXT_LENGTH);
      const flag = input.privacyPolicy.adminMayReadPrivateContent;
      if (flag !== undefined && typeof flag !== "boolean") {
        issues.add("privacyPolicy.adminMayReadPrivateContent", "must be true or false");
      } else adminMayRead = flag;
    }
  }
  if (input.name === undefined && input.privacyPolicy === undefined) {
    issues.add("name", "give a name, a privacyPolicy or both");
  }
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    const stored = await findOrganisation(db);
    if (!stored) throw notFound("organisation");
    if (stored.version !== version) throw conflict("Organisation settings", version!, stored.version);
    const before = organisationSettingsOf(stored.value, stored.version);
    const policy = {
      text: text ?? before.privacyPolicy.text,
      adminMayReadPrivateContent: adminMayRead ?? before.privacyPolicy.adminMayReadPrivateContent,
    };
    const record = {
      ...stored.value,
      name: name ?? stored.value.name,
      settings: withPrivacyPolicy(stored.value.settings, policy),
    };
    const next = await translatingStoreErrors(() => updateOrganisation(db, record, version!));
    await recordAdminAction(ctx, db, actor, {
      action: "organisation.settings_changed",
      targetKind: "organisation",
      targetId: stored.value.id,
      details: {
        nameChanged: record.name !== before.name,
        textChanged: policy.text !== before.privacyPolicy.text,
        adminMayReadPrivateContent: {
          from: before.privacyPolicy.adminMayReadPrivateContent,
          to: policy.adminMayReadPrivateContent,
        },
      },
    });
    return organisationSettingsOf(record, next);
  });
}
