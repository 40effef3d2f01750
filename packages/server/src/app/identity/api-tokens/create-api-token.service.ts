/** Creates an API token for one's own account. */
import { countLiveApiTokens, insertApiToken } from "../../../store/repositories/api-token.repository.js";
import { audit } from "../../audit/audit-log.js";
import { AppError, AppErrorCode } from "../../errors/app-error.js";
import type { Principal, TokenScope } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";
import { hashToken, newSecretToken } from "../tokens/secret-token.js";
import { API_TOKEN_PREFIX, type ApiTokenSummary } from "./api-token.js";

/** A person may hold this many live tokens. */
const MAX_TOKENS = 50;

/** Creates a token for the principal's own account; the secret is in the answer and nowhere else. */
export async function createApiToken(
  ctx: AuthContext,
  principal: Principal,
  input: { readonly name: string; readonly scopes: readonly TokenScope[] },
): Promise<ApiTokenSummary & { token: string }> {
  if ((await countLiveApiTokens(ctx.db, principal.accountId)) >= MAX_TOKENS) {
    throw new AppError(AppErrorCode.ForbiddenState, `At most ${MAX_TOKENS} tokens: revoke one first`);
  }
  // Write implies read: a token that may change things may also look at them.
  const scopes: TokenScope[] = input.scopes.includes("write") ? ["read", "write"] : ["read"];
  const token = newSecretToken(API_TOKEN_PREFIX);
  const id = ctx.newId();
  const now = ctx.now();
  const name = input.name.trim();
  await insertApiToken(ctx.db, {
    id,
    accountId: principal.accountId,
    name,
    tokenHash: hashToken(token),
    scopes,
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  });
  await audit(ctx, ctx.db, {
    actorId: principal.accountId,
    action: "api_token.created",
    targetKind: "api_token",
    targetId: id,
    details: { name, scopes },
  });
  return { id, name, scopes, createdAt: now, lastUsedAt: null, revokedAt: null, token };
}
