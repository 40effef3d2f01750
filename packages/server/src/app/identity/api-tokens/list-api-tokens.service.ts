/** One's own API tokens. */
import { listApiTokensOf } from "../../../store/repositories/api-token.repository.js";
import type { Principal } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";
import { type ApiTokenSummary, knownScopes } from "./api-token.js";

/** The principal's own tokens, newest first, revoked ones included (marked). */
export async function listApiTokens(ctx: AuthContext, principal: Principal): Promise<ApiTokenSummary[]> {
  const tokens = await listApiTokensOf(ctx.db, principal.accountId);
  return tokens.map((t) => ({
    id: t.id,
    name: t.name,
    scopes: knownScopes(t.scopes),
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    revokedAt: t.revokedAt,
  }));
}
