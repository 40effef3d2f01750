/**
 * Use case: an admin loads the demo organisation (60 people, two years of history) beside their
 * own account, so a new install has something to look at. The demo is dated to the server's clock
 * ("now") so its nudges and dashboards read as current, and its read models are rebuilt in the same
 * transaction so dashboards show it at once.
 */
import { buildDemoOrganisation } from "@ascent/core";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { type AddedDemo, addDemoOrganisation } from "../../store/transfer/add-demo-organisation.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { audit } from "../audit/audit-log.js";
import type { AppContext } from "../context/app-context.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";

/** The seed the one-click demo uses: everyone who clicks gets the same organisation. */
export const DEMO_SEED = 1;

/** Loads the demo; `not_found` for non-admins (admin routes do not reveal themselves), `forbidden_state` when already loaded. */
export async function loadDemoOrganisation(ctx: AppContext, actor: Actor): Promise<AddedDemo> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "route");
  const now = ctx.now();
  const demo = buildDemoOrganisation({ seed: DEMO_SEED, now });
  return translatingStoreErrors(() =>
    inTransaction(ctx.db, async (trx) => {
      const added = await addDemoOrganisation(trx, demo);
      await audit(ctx, trx, {
        actorId: actor.accountId,
        action: "demo.loaded",
        targetKind: "organisation",
        targetId: null,
        details: { seed: DEMO_SEED, people: added.people },
      });
      return added;
    }),
  );
}
