/**
 * Who is acting: the one actor type of the app, the same for a browser session, an API token,
 * the CLI, the digest and tests. Granted roles (admin, leader) come from the person's record;
 * the mentor and lead roles are relationships (see relationships.ts), loaded per request, never
 * cached across requests. What an actor may do is decided by the access module alone
 * (organisation-permission.ts, require-access.ts): nothing else reads `roles`.
 */
import type { GrantedRole } from "@ascent/core";

/** The person behind a request. */
export interface Actor {
  readonly personId: string;
  /** The account they signed in with; null for system work (imports, the demo loader). */
  readonly accountId: string | null;
  /** Their granted roles, read only by the access module. */
  readonly roles: readonly GrantedRole[];
}

/** An actor for a person with the given granted roles (tests, the digest, the session loader). */
export function actorFor(
  personId: string,
  options: { readonly accountId?: string | null; readonly roles?: readonly GrantedRole[] } = {},
): Actor {
  return { personId, accountId: options.accountId ?? null, roles: options.roles ?? [] };
}
