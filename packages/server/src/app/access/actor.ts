/**
 * Who is acting. Granted roles (admin, leader) come from the person's record; the mentor and lead
 * roles are relationships (see relationships.ts), loaded per request, never cached across requests.
 */

/** The authenticated person behind a request. */
export interface Actor {
  readonly personId: string;
  /** The account they logged in with; null for system work (imports, the demo loader). */
  readonly accountId: string | null;
  readonly isAdmin: boolean;
  readonly isLeader: boolean;
}

/** An actor for a person with the given granted roles (tests, the CLI, the session loader). */
export function actorFor(personId: string, options: Partial<Omit<Actor, "personId">> = {}): Actor {
  return {
    personId,
    accountId: options.accountId ?? null,
    isAdmin: options.isAdmin ?? false,
    isLeader: options.isLeader ?? false,
  };
}
