/**
 * API tokens for scripts: `Authorization: Bearer asc_…`, stored as their SHA-256, scoped to read
 * or read+write, listable by their owner and revocable.
 */
import type { TokenScope } from "../accounts/principal.js";

/** Every token starts with this, so secret scanners and people recognise it. */
export const API_TOKEN_PREFIX = "asc_";

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
export function knownScopes(stored: readonly string[]): TokenScope[] {
  return stored.filter((s): s is TokenScope => s === "read" || s === "write");
}
