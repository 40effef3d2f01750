/**
 * The signed-in account's own settings: API tokens (`/api/v1/me/api-tokens`) and the password
 * (`/api/v1/me/password`). Both answer browser sessions only: a token cannot mint tokens.
 */
import { useQuery } from "@tanstack/react-query";
import { answer, api } from "./client.js";
import type { CreatedApiToken, TokenScope } from "./contract.js";

export const apiTokenKeys = { list: ["api-tokens"] as const };

/** My tokens, newest first, revoked ones included. */
export function useApiTokens() {
  return useQuery({
    queryKey: apiTokenKeys.list,
    queryFn: async () => (await answer(api.GET("/api/v1/me/api-tokens"))).tokens,
  });
}

/** Creates a token. */
export function createApiToken(name: string, scopes: readonly TokenScope[]): Promise<CreatedApiToken> {
  return answer(api.POST("/api/v1/me/api-tokens", { body: { name, scopes: [...scopes] } }));
}

/** Revokes one of my tokens. */
export async function revokeApiToken(tokenId: string): Promise<void> {
  await answer(api.DELETE("/api/v1/me/api-tokens/{tokenId}", { params: { path: { tokenId } } }));
}

/** Changes my password; my other sessions end, this one stays. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await answer(api.PUT("/api/v1/me/password", { body: { currentPassword, newPassword } }));
}
