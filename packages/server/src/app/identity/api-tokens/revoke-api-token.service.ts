/** Revokes one of one's own API tokens. */
import { revokeApiTokenOf } from "../../../store/repositories/api-token.repository.js";
import { audit } from "../../audit/audit-log.js";
import { notFound } from "../../errors/app-error.js";
import type { Principal } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";

/** Revokes one of the principal's own tokens; someone else's is not_found. */
export async function revokeApiToken(ctx: AuthContext, principal: Principal, tokenId: string): Promise<void> {
  if (!(await revokeApiTokenOf(ctx.db, principal.accountId, tokenId, ctx.now()))) throw notFound("API token");
  await audit(ctx, ctx.db, {
    actorId: principal.accountId,
    action: "api_token.revoked",
    targetKind: "api_token",
    targetId: tokenId,
  });
}
