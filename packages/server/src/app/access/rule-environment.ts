/** What an access rule can consult: the actor, the database, and lazily loaded relationships and policy. */
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema/database.js";
import type { Actor } from "./actor.js";
import { loadPrivacyPolicy, type PrivacyPolicy } from "./privacy-policy.js";
import { type Relationships, relationshipsOf } from "./relationships.js";

/** The inputs of every access rule. */
export interface RuleEnvironment {
  readonly db: Kysely<Database>;
  readonly actor: Actor;
  /** The instant access is decided at (the app's clock): a mentorship counts only while it runs. */
  readonly now: string;
  relationships(): Promise<Relationships>;
  policy(): Promise<PrivacyPolicy>;
}

/** An environment that loads relationships and policy only when a rule asks. */
export function ruleEnvironment(db: Kysely<Database>, actor: Actor, now: string): RuleEnvironment {
  let policy: Promise<PrivacyPolicy> | undefined;
  return {
    db,
    actor,
    now,
    relationships: () => relationshipsOf(db, actor, now),
    policy: () => {
      policy ??= loadPrivacyPolicy(db);
      return policy;
    },
  };
}
