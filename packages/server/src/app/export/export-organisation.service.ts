/**
 * Use case: an admin downloads the organisation export (the document `ascent export` writes:
 * everything of the organisation, ids kept, never a credential) — to move to another instance or
 * keep outside Ascent.
 *
 * It holds what people shared with someone (evidence text, plans, submitted check-ins, extended
 * moments), so it follows the admin privacy rule: only when the organisation's policy lets admins
 * read private content, and then the read is audited as such, beside the export itself. Otherwise
 * the answer says why and what to do.
 */

import { readOrganisationDocument } from "../../store/transfer/export-organisation.js";
import { stableStringify } from "../../store/transfer/stable-json.js";
import type { Actor } from "../access/actor.js";
import { organisationDocumentFor } from "../access/content-for-reader.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { loadPrivacyPolicy } from "../access/privacy-policy.js";
import { audit } from "../audit/audit-log.js";
import type { AppContext } from "../context/app-context.js";
import { forbiddenState } from "../errors/app-error.js";

/**
 * The organisation export as JSON text: one code path for the API and `ascent export`, byte-identical
 * for the same data on either engine. It holds what the admin policy can open and nothing more
 * (access/content-for-reader.ts): no private notes, drafts, aware moments, staying notes or items
 * their owner shares with nobody. The full-fidelity copy is `ascent backup` (the operator's).
 */
export async function organisationExportText(db: AppContext["db"]): Promise<string> {
  return stableStringify(organisationDocumentFor(await readOrganisationDocument(db), "admin_under_policy"));
}

/** The export as JSON text (byte-identical to `ascent export --format json` for the same data). */
export async function exportOrganisationForAdmin(ctx: AppContext, actor: Actor): Promise<string> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "organisation");
  const policy = await loadPrivacyPolicy(ctx.db);
  if (!policy.adminMayReadPrivateContent) {
    throw forbiddenState(
      "The organisation export holds everyone's private notes and evidence, and this organisation's privacy " +
        "policy does not let admins read private content. Allow it in Settings → Privacy (it is audited), " +
        "or export on the server with `ascent export`.",
    );
  }
  const json = await organisationExportText(ctx.db);
  for (const action of ["export.created", "private_content.read"] as const) {
    await audit(ctx, ctx.db, {
      actorId: actor.accountId,
      action,
      targetKind: "organisation",
      targetId: null,
      details: { kind: "organisation", reason: "organisation export under the admin privacy policy" },
    });
  }
  return json;
}
