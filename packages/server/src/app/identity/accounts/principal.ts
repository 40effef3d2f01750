/**
 * The principal: the app's one Actor (app/access/actor.ts) as signed in — with the account it
 * signed in with, who they are, and how they proved it. Services take it where the credential
 * matters (ending other sessions, the inviter's name in a mail); everything else takes it as the Actor it is.
 */
import type { ActiveAccount } from "../../../store/repositories/account.repository.js";
import type { Actor } from "../../access/actor.js";

/** What an API token may do: read (GET/HEAD) and write (everything else). */
export type TokenScope = "read" | "write";

/** An authenticated account: an Actor, plus its credential. */
export interface Principal extends Actor {
  readonly accountId: string;
  readonly email: string;
  readonly name: string;
  /** How the request proved who it is (the CLI acts as a session of the admin it names). */
  readonly via: "session" | "token";
  /** Sessions may do everything the account may; tokens only their scopes. */
  readonly scopes: readonly TokenScope[];
  /** The session's id (the token's hash) or the API token's id. */
  readonly credentialId: string;
}

/** The principal of an active account signed in `via` a credential. */
export function principalOf(
  account: ActiveAccount,
  credential: Pick<Principal, "via" | "scopes" | "credentialId">,
): Principal {
  return { ...account, ...credential };
}
