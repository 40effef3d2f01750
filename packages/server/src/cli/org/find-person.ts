/** Finding people and teams by what a person at a terminal types: an email, a team name. */
import type { Kysely } from "kysely";
import { personWithAccountByEmail } from "../../store/queries/person-lookups.queries.js";
import type { Database } from "../../store/schema/database.js";
import { UsageError } from "../usage-error.js";

/** A person found by email, with their account if they have one. */
export interface FoundPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly status: string;
  readonly version: number;
  readonly accountId: string | null;
}

/** The person with `email` (case-insensitive); a UsageError (exit 1) when there is none. */
export async function findPersonByEmail(db: Kysely<Database>, email: string): Promise<FoundPerson> {
  const wanted = email.trim().toLowerCase();
  const row = await personWithAccountByEmail(db, wanted);
  if (!row) throw new UsageError(`nobody has the email ${wanted}`, 1);
  return { ...row, accountId: row.accountId ?? null };
}
