/**
 * Use case: erase a person on request, by an admin. Personal text goes — name, email, notes,
 * evidence text, plan notes, moment text, private notes — while their place in aggregates stays:
 * ratings, positions, position changes and moment states remain, attached to "Erased person".
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findPerson, updatePerson } from "../../store/repositories/person.repository.js";
import { endPersonAccess } from "../../store/repositories/person-access.repository.js";
import { erasePersonalText } from "../../store/repositories/person-erasure.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import { audit } from "../audit/audit-log.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, forbiddenState, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import type { PersonResult } from "./mark-staying-by-choice.service.js";

/** The name an erased person is shown under. */
export const ERASED_NAME = "Erased person";

/** A unique address that can never receive mail (.invalid is reserved), keeping email columns unique. */
export function erasedEmail(personId: string): string {
  return `erased-${personId}@erased.invalid`;
}

/** Input of erasePerson. */
export interface ErasePersonInput {
  readonly personId: unknown;
  readonly version: unknown;
}

/** Erases the person's personal text in one transaction; `forbidden_state` when already erased. */
export async function erasePerson(ctx: AppContext, actor: Actor, input: ErasePersonInput): Promise<PersonResult> {
  const issues = new IssueList();
  const personId = issues.text("personId", input.personId);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.PersonManage, [personId!]);
  return inTransaction(ctx.db, async (db) => {
    const stored = await findPerson(db, personId!);
    if (!stored) throw notFound("person");
    if (stored.value.status === "erased") throw forbiddenState("The person is already erased");
    if (stored.version !== version) throw conflict("Person", version!, stored.version);
    const at = ctx.now();
    const staying = stored.value.stayingByChoice;
    const person = {
      ...stored.value,
      name: ERASED_NAME,
      email: erasedEmail(personId!),
      title: "",
      status: "erased" as const,
      // The choice itself still keeps them out of nudges; only its words were personal.
      stayingByChoice: staying && { since: staying.since, note: "" },
    };
    const next = await translatingStoreErrors(() => updatePerson(db, person, version!));
    await endPersonAccess(db, personId!, at);
    await erasePersonalText(db, personId!, erasedEmail(personId!));
    await audit(ctx, db, {
      at,
      actorId: actor.accountId,
      action: "person.erased",
      targetKind: "person",
      targetId: personId!,
      details: {},
    });
    return { person, version: next };
  });
}
