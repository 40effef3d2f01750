/**
 * The admin a terminal session acts as (`ascent user … --as EMAIL`): whoever can run the CLI can
 * already read the database, so it needs no login — but what it does is recorded in the audit log
 * under a real admin account.
 */
import { activeAccountsByAge } from "../../../store/repositories/account.repository.js";
import { actorFor } from "../../access/actor.js";
import { hasOrganisationPermission, OrganisationPermission } from "../../access/organisation-permission.js";
import type { AppContext } from "../../context/app-context.js";
import { normaliseEmail } from "../auth-context.js";
import { type Principal, principalOf } from "./principal.js";

/** The active admin with `asEmail`, else the earliest admin account; undefined when there is none. */
export async function findActingAdmin(ctx: Pick<AppContext, "db">, asEmail?: string): Promise<Principal | undefined> {
  const accounts = await activeAccountsByAge(ctx.db, asEmail === undefined ? undefined : normaliseEmail(asEmail));
  const admin = accounts.find((account) =>
    hasOrganisationPermission(actorFor(account.personId, account), OrganisationPermission.Administer),
  );
  return admin && principalOf(admin, { via: "session", scopes: ["read", "write"], credentialId: "cli" });
}
