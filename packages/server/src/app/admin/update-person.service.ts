/**
 * Use case: an admin edits a person's name, email, title or team, quoting the version they read
 * (a stale one is refused with `conflict`, never overwritten). A new email moves the person's
 * account with it, so they sign in with the address the organisation knows them by.
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findPerson, updatePerson } from "../../store/repositories/person.repository.js";
import { accountOfPerson, changeAccountEmail } from "../../store/repositories/person-account.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, forbiddenState, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList, MAX_TITLE_LENGTH } from "../validation/issue-list.js";
import { emailField, requireEmailFree, requireTeam, teamIdField } from "./person-fields.js";
import { type AdminPersonRecord, adminPersonRecord } from "./person-record.js";
import { recordAdminAction } from "./record-admin-action.js";

/** Input of updatePerson: the fields to change (at least one) and the version read. */
export interface UpdatePersonInput {
  readonly personId: unknown;
  readonly version: unknown;
  readonly name?: unknown;
  readonly email?: unknown;
  readonly title?: unknown;
  /** A team id, or null for no team. */
  readonly teamId?: unknown;
}

/** Saves the changes; `forbidden_state` for an erased person, `conflict` for a stale version or a taken email. */
export async function updatePersonDetails(
  ctx: AppContext,
  actor: Actor,
  input: UpdatePersonInput,
): Promise<AdminPersonRecord> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "person");
  const issues = new IssueList();
  const personId = issues.text("personId", input.personId, 64);
  const version = issues.positiveInteger("version", input.version);
  const name = input.name === undefined ? undefined : issues.text("name", input.name, MAX_TITLE_LENGTH);
  const email = input.email === undefined ? undefined : emailField(issues, "email", input.email);
  const title =
    input.title === undefined ? undefined : issues.optionalText("title", input.title, MAX_TITLE_LENGTH)?.trim();
  const teamId = input.teamId === undefined ? undefined : teamIdField(issues, "teamId", input.teamId);
  if ([input.name, input.email, input.title, input.teamId].every((v) => v === undefined)) {
    issues.add("name", "give at least one of name, email, title, teamId to change");
  }
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    const stored = await findPerson(db, personId!);
    if (!stored) throw notFound("person");
    if (stored.value.status === "erased") throw forbiddenState("An erased person cannot be edited");
    if (stored.version !== version) throw conflict("Person", version!, stored.version);
    const before = stored.value;
    const after = {
      ...before,
      name: name ?? before.name,
      email: email ?? before.email,
      title: title ?? before.title,
      teamId: teamId === undefined ? before.teamId : teamId,
    };
    const emailChanged = after.email.toLowerCase() !== before.email.toLowerCase();
    if (emailChanged) await requireEmailFree(db, after.email, before.id);
    if (after.teamId !== null && after.teamId !== before.teamId) await requireTeam(db, after.teamId, "teamId");
    await translatingStoreErrors(() => updatePerson(db, after, version!));
    const account = emailChanged ? await accountOfPerson(db, before.id) : undefined;
    if (account) await changeAccountEmail(db, account.id, after.email);
    const changed = (["name", "email", "title", "teamId"] as const).filter((field) => after[field] !== before[field]);
    await recordAdminAction(ctx, db, actor, {
      action: "person.updated",
      targetKind: "person",
      targetId: before.id,
      details: {
        changed,
        ...(after.teamId !== before.teamId ? { teamId: { from: before.teamId, to: after.teamId } } : {}),
      },
    });
    return adminPersonRecord(db, before.id, ctx.now());
  });
}
