/** The principal behind a bearer token. */
import { findActiveAccount } from "../../../store/repositories/account.repository.js";
import { findLiveApiToken, touchApiToken } from "../../../store/repositories/api-token.repository.js";
import type { AppContext } from "../../context/app-context.js";
import { type Principal, principalOf } from "../accounts/principal.js";
import { hashToken } from "../tokens/secret-token.js";
import { API_TOKEN_PREFIX, knownScopes } from "./api-token.js";

/** Last-used is written at most this often. */
const TOUCH_EVERY_MS = 60_000;

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
