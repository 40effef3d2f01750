/**
 * Use case: deactivate a person (offboarding), by an admin. Their record stays whole; they can no
 * longer log in, their mentorships end, and dashboards of the present stop counting them.
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findPerson, updatePerson } from "../../store/repositories/person.repository.js";
import { endPersonAccess } from "../../store/repositories/person-access.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import { audit } from "../audit/audit-log.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, forbiddenState, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import type { PersonResult } from "./mark-staying-by-choice.service.js";

/** Input of deactivatePerson. */
export interface DeactivatePersonInput {
  readonly personId: unknown;
  readonly version: unknown;
}

/** Deactivates an active person; `forbidden_state` for someone already deactivated or erased. */
export async function deactivatePerson(
  ctx: AppContext,
  actor: Actor,
  input: DeactivatePersonInput,
): Promise<PersonResult> {
  const issues = new IssueList();
  const personId = issues.text("personId", input.personId);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.PersonManage, [personId!]);
  return inTransaction(ctx.db, async (db) => {
    const stored = await findPerson(db, personId!);
    if (!stored) throw notFound("person");
    if (stored.value.status !== "active") throw forbiddenState(`The person is already ${stored.value.status}`);
    if (stored.version !== version) throw conflict("Person", version!, stored.version);
    const at = ctx.now();
    const person = { ...stored.value, status: "deactivated" as const };
    const next = await translatingStoreErrors(() => updatePerson(db, person, version!));
    await endPersonAccess(db, personId!, at);
    await audit(ctx, db, {
      at,
      actorId: actor.accountId,
      action: "person.deactivated",
      targetKind: "person",
      targetId: personId!,
      details: {},
    });
    return { person, version: next };
  });
}
