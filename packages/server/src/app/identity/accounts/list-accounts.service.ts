/**
 * Everyone in the organisation (not erased) with their granted roles and account state. For the
 * operator at a terminal (`ascent user list`), who can read the database anyway: it asks for no
 * actor, and no route offers it.
 */
import { listPeopleAccounts, type PersonAccountRow } from "../../../store/repositories/account.repository.js";
import type { AppContext } from "../../context/app-context.js";

/** People and their accounts, by email. */
export async function listAccounts(ctx: Pick<AppContext, "db">): Promise<PersonAccountRow[]> {
  return listPeopleAccounts(ctx.db);
}
