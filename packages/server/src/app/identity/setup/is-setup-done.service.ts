/** Whether first-run setup has happened (any account exists): setup is then closed for good. */
import { anyAccountExists } from "../../../store/repositories/account.repository.js";
import type { AuthContext } from "../auth-context.js";

/** True once any account exists: setup is then closed for good. */
export async function isSetupDone(ctx: Pick<AuthContext, "db">): Promise<boolean> {
  return anyAccountExists(ctx.db);
}
