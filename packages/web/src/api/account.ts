/**
 * The signed-in account's own settings: API tokens (`/api/v1/me/api-tokens`) and the password
 * (`/api/v1/me/password`). Both answer browser sessions only: a token cannot mint tokens.
 */
import { useQuery } from "@tanstack/react-query";
import { api } from "./client.js";

/** What a token may do; write implies read. */
export type TokenScope = "read" | "write";

/** A token as listed (never its secret). */
export interface ApiToken {
  readonly id: string;
  readonly name: string;
  readonly scopes: readonly TokenScope[];
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** A token just created: the secret, this once. */
export interface CreatedApiToken extends ApiToken {
  readonly token: string;
}

export const apiTokenKeys = { list: ["api-tokens"] as const };

/** My tokens, newest first, revoked ones included. */
export function useApiTokens() {
  return useQuery({
    queryKey: apiTokenKeys.list,
    queryFn: async () => (await api<{ tokens: ApiToken[] }>("/me/api-tokens")).tokens,
  });
}

/** Creates a token. */
export function createApiToken(name: string, scopes: readonly TokenScope[]): Promise<CreatedApiToken> {
  return api<CreatedApiToken>("/me/api-tokens", { method: "POST", body: { name, scopes } });
}

/** Revokes one of my tokens. */
export function revokeApiToken(id: string): Promise<void> {
  return api<void>(`/me/api-tokens/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** Changes my password; my other sessions end, this one stays. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api<void>("/me/password", { method: "PUT", body: { currentPassword, newPassword } });
}
