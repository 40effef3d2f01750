/**
 * Use case: an admin takes a person out of their team (they are then in none), quoting the
 * person's version. Works for people of any status, so a team can be emptied and deleted.
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findPerson, updatePerson } from "../../store/repositories/person.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { type AdminPersonRecord, adminPersonRecord } from "../admin/person-record.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import type { TeamMemberInput } from "./add-team-member.service.js";

/** Removes the person from the team; `not_found` when they are not in it. */
export async function removeTeamMember(
  ctx: AppContext,
  actor: Actor,
  input: TeamMemberInput,
): Promise<AdminPersonRecord> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "team");
  const issues = new IssueList();
  const teamId = issues.text("teamId", input.teamId, 64);
  const personId = issues.text("personId", input.personId, 64);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    const stored = await findPerson(db, personId!);
    if (!stored || stored.value.teamId !== teamId) throw notFound("team-member");
    if (stored.version !== version) throw conflict("Person", version!, stored.version);
    await translatingStoreErrors(() => updatePerson(db, { ...stored.value, teamId: null }, version!));
    await recordAdminAction(ctx, db, actor, {
      action: "team_member.removed",
      targetKind: "person",
      targetId: personId!,
      details: { teamId },
    });
    return adminPersonRecord(db, personId!, ctx.now());
  });
}
