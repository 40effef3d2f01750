/**
 * Use case: an admin downloads the organisation export (the document `ascent export` writes:
 * everything of the organisation, ids kept, never a credential) — to move to another instance or
 * keep outside Ascent.
 *
 * It holds everyone's private content (private notes, evidence text, moment text), so through the
 * app it follows the admin privacy rule: only when the organisation's policy lets admins read
 * private content, and then the read is audited as such, beside the export itself. Otherwise the
 * answer says why and what to do; the operator's CLI on the server is not bound by it.
 */

import { exportOrganisation } from "../../store/transfer/export-organisation.js";
import type { Actor } from "../access/actor.js";
import { loadPrivacyPolicy } from "../access/privacy-policy.js";
import { requireAdmin } from "../admin/require-admin.js";
import type { AppContext } from "../context/app-context.js";
import { forbiddenState } from "../errors/app-error.js";
import { audit } from "../identity/audit/audit-log.js";

/** The export as JSON text (byte-identical to `ascent export --format json` for the same data). */
export async function exportOrganisationForAdmin(ctx: AppContext, actor: Actor): Promise<string> {
  requireAdmin(actor, "organisation");
  const policy = await loadPrivacyPolicy(ctx.db);
  if (!policy.adminMayReadPrivateContent) {
    throw forbiddenState(
      "The organisation export holds everyone's private notes and evidence, and this organisation's privacy " +
        "policy does not let admins read private content. Allow it in Settings → Privacy (it is audited), " +
        "or export on the server with `ascent export`.",
    );
  }
  const json = await exportOrganisation(ctx.db);
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
