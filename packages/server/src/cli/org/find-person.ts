/** Finding people and teams by what a person at a terminal types: an email, a team name. */
import type { AppContext } from "../../app/context/app-context.js";
import { type FoundPerson, findPersonByEmail as findPerson } from "../../app/people/find-person-by-email.service.js";
import { UsageError } from "../usage-error.js";

export type { FoundPerson } from "../../app/people/find-person-by-email.service.js";

/** The person with `email` (case-insensitive); a UsageError (exit 1) when there is none. */
export async function findPersonByEmail(db: AppContext["db"], email: string): Promise<FoundPerson> {
  const found = await findPerson(db, email);
  if (!found) throw new UsageError(`nobody has the email ${email.trim().toLowerCase()}`, 1);
  return found;
}
