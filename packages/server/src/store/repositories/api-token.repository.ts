/** API tokens, stored by the SHA-256 of their secret, with their scopes (JSON text). */
import type { Db } from "./store.types.js";

/** A token as stored (never its secret). */
export interface ApiTokenRecord {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

function scopesFromText(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : [];
  } catch {
    return [];
  }
}

/** How many tokens of the account are not revoked. */
export async function countLiveApiTokens(db: Db, accountId: string): Promise<number> {
  const row = await db
    .selectFrom("api_token")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("account_id", "=", accountId)
    .where("revoked_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores a new token by the hash of its secret. */
export async function insertApiToken(db: Db, token: ApiTokenRecord & { readonly tokenHash: string }): Promise<void> {
  await db
    .insertInto("api_token")
    .values({
      id: token.id,
      account_id: token.accountId,
      name: token.name,
      token_hash: token.tokenHash,
      scopes: JSON.stringify(token.scopes),
      created_at: token.createdAt,
      last_used_at: token.lastUsedAt,
      revoked_at: token.revokedAt,
    })
    .execute();
}

/** The account's tokens, newest first, revoked ones included. */
export async function listApiTokensOf(db: Db, accountId: string): Promise<ApiTokenRecord[]> {
  const rows = await db
    .selectFrom("api_token")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    accountId: r.account_id,
    name: r.name,
    scopes: scopesFromText(r.scopes),
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes the account's live token `tokenId`; false when there is none (someone else's, or already revoked). */
export async function revokeApiTokenOf(db: Db, accountId: string, tokenId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("api_token")
    .set({ revoked_at: at })
    .where("id", "=", tokenId)
    .where("account_id", "=", accountId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The live (not revoked) token whose secret hashes to `tokenHash`. */
export async function findLiveApiToken(
  db: Db,
  tokenHash: string,
): Promise<Pick<ApiTokenRecord, "id" | "accountId" | "scopes" | "lastUsedAt"> | undefined> {
  const row = await db
    .selectFrom("api_token")
    .select(["id", "account_id", "scopes", "last_used_at"])
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return (
    row && { id: row.id, accountId: row.account_id, scopes: scopesFromText(row.scopes), lastUsedAt: row.last_used_at }
  );
}

/** Records use of a token. */
export async function touchApiToken(db: Db, tokenId: string, at: string): Promise<void> {
  await db.updateTable("api_token").set({ last_used_at: at }).where("id", "=", tokenId).execute();
}
