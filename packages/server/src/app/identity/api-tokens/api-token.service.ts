/**
 * API tokens for scripts: `Authorization: Bearer asc_…`, stored as their SHA-256, scoped to read
 * or read+write, listable by their owner and revocable.
 */

import type { AppContext } from "../../context/app-context.js";
import { AppError, AppErrorCode, notFound } from "../../errors/app-error.js";
import { loadAccountPerson, type Principal, type TokenScope } from "../accounts/principal.js";
import { audit } from "../audit/audit-log.js";
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

function parseScopes(text: string): TokenScope[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((s): s is TokenScope => s === "read" || s === "write") : [];
  } catch {
    return [];
  }
}

/** Creates a token for the principal's own account; the secret is in the answer and nowhere else. */
export async function createApiToken(
  ctx: AuthContext,
  principal: Principal,
  input: { readonly name: string; readonly scopes: readonly TokenScope[] },
): Promise<ApiTokenSummary & { token: string }> {
  const live = await ctx.db
    .selectFrom("api_token")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("account_id", "=", principal.accountId)
    .where("revoked_at", "is", null)
    .executeTakeFirstOrThrow();
  if (Number(live.n) >= MAX_TOKENS) {
    throw new AppError(AppErrorCode.ForbiddenState, `At most ${MAX_TOKENS} tokens: revoke one first`);
  }
  // Write implies read: a token that may change things may also look at them.
  const scopes: TokenScope[] = input.scopes.includes("write") ? ["read", "write"] : ["read"];
  const token = newSecretToken(API_TOKEN_PREFIX);
  const id = ctx.newId();
  const now = ctx.now();
  const name = input.name.trim();
  await ctx.db
    .insertInto("api_token")
    .values({
      id,
      account_id: principal.accountId,
      name,
      token_hash: hashToken(token),
      scopes: JSON.stringify(scopes),
      created_at: now,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
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
  const rows = await ctx.db
    .selectFrom("api_token")
    .select(["id", "name", "scopes", "created_at", "last_used_at", "revoked_at"])
    .where("account_id", "=", principal.accountId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scopes: parseScopes(r.scopes),
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes one of the principal's own tokens; someone else's is not_found. */
export async function revokeApiToken(ctx: AuthContext, principal: Principal, tokenId: string): Promise<void> {
  const result = await ctx.db
    .updateTable("api_token")
    .set({ revoked_at: ctx.now() })
    .where("id", "=", tokenId)
    .where("account_id", "=", principal.accountId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound("API token");
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
  const row = await ctx.db
    .selectFrom("api_token")
    .select(["id", "account_id", "scopes", "last_used_at"])
    .where("token_hash", "=", hashToken(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const account = await loadAccountPerson(ctx.db, row.account_id);
  if (!account) return undefined;
  const now = ctx.now();
  if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) >= TOUCH_EVERY_MS) {
    // Bookkeeping only: a database refusing writes (disk full, read-only) must not fail a read.
    await ctx.db
      .updateTable("api_token")
      .set({ last_used_at: now })
      .where("id", "=", row.id)
      .execute()
      .catch(() => undefined);
  }
  return { ...account, via: "token", scopes: parseScopes(row.scopes), credentialId: row.id };
}
