/**
 * Use case: an operator at a terminal names a person by email (`ascent export --person`, `ascent user`):
 * the person, with their account if they have one.
 */
import { personWithAccountByEmail } from "../../store/queries/person-lookups.queries.js";
import type { AppContext } from "../context/app-context.js";

/** A person found by email, with their account if they have one. */
export interface FoundPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly status: string;
  readonly version: number;
  readonly accountId: string | null;
}

/** The person with `email` (trimmed, case-insensitive), or null when there is none. */
export async function findPersonByEmail(db: AppContext["db"], email: string): Promise<FoundPerson | null> {
  const row = await personWithAccountByEmail(db, email.trim().toLowerCase());
  return row ? { ...row, accountId: row.accountId ?? null } : null;
}
