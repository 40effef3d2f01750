/**
 * API tokens for scripts: `Authorization: Bearer asc_…`, stored as their SHA-256, scoped to read
 * or read+write, listable by their owner and revocable.
 */

import { findActiveAccount } from "../../../store/repositories/account.repository.js";
import {
  countLiveApiTokens,
  findLiveApiToken,
  insertApiToken,
  listApiTokensOf,
  revokeApiTokenOf,
  touchApiToken,
} from "../../../store/repositories/api-token.repository.js";
import { audit } from "../../audit/audit-log.js";
import type { AppContext } from "../../context/app-context.js";
import { AppError, AppErrorCode, notFound } from "../../errors/app-error.js";
import { type Principal, principalOf, type TokenScope } from "../accounts/principal.js";
import type { AuthContext } from "../auth-context.js";
import { hashToken, newSecretToken } from "../tokens/secret-token.js";

/** Every token starts with this, so secret scanners and people recognise it. */
export const API_TOKEN_PREFIX = "asc_";
/** Last-used is written at most this often. */
const TOUCH_EVERY_MS = 60_000;
/** A person may hold this many live tokens. */
const MAX_TOKENS = 50;

/** A token as listed (never its secret). */
export interface ApiTokenSummary {
  readonly id: string;
  readonly name: string;
  readonly scopes: TokenScope[];
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** The known scopes among those stored. */
function knownScopes(stored: readonly string[]): TokenScope[] {
  return stored.filter((s): s is TokenScope => s === "read" || s === "write");
}

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

/** The principal behind a bearer token, or undefined when it is unknown, revoked or its person left. */
export async function resolveApiToken(ctx: AppContext, token: string): Promise<Principal | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const row = await findLiveApiToken(ctx.db, hashToken(token));
  if (!row) return undefined;
  const account = await findActiveAccount(ctx.db, row.accountId);
  if (!account) return undefined;
  const now = ctx.now();
  if (!row.lastUsedAt || Date.parse(now) - Date.parse(row.lastUsedAt) >= TOUCH_EVERY_MS) {
    // Bookkeeping only: a database refusing writes (disk full, read-only) must not fail a read.
    await touchApiToken(ctx.db, row.id, now).catch(() => undefined);
  }
  return principalOf(account, { via: "token", scopes: knownScopes(row.scopes), credentialId: row.id });
}
