/** Use case: an admin deletes a group without teams; its leads stop leading it. */
import {
  countTeamsOfGroup,
  deleteGroupRecord,
  findGroupRecord,
} from "../../store/repositories/group-record.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, forbiddenState, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";

/** Deletes the group; `forbidden_state` while teams are in it, `conflict` for a stale version. */
export async function deleteGroup(
  ctx: AppContext,
  actor: Actor,
  input: { readonly groupId: unknown; readonly version: unknown },
): Promise<void> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "group");
  const issues = new IssueList();
  const groupId = issues.text("groupId", input.groupId, 64);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  await inTransaction(ctx.db, async (db) => {
    const stored = await findGroupRecord(db, groupId!);
    if (!stored) throw notFound("group");
    if (stored.version !== version) throw conflict("Group", version!, stored.version);
    const teams = await countTeamsOfGroup(db, groupId!);
    if (teams > 0) {
      throw forbiddenState(`The group still has ${teams} ${teams === 1 ? "team" : "teams"}: move them out first`);
    }
    await translatingStoreErrors(() => deleteGroupRecord(db, groupId!, version!));
    await recordAdminAction(ctx, db, actor, {
      action: "group.deleted",
      targetKind: "group",
      targetId: groupId!,
      details: { name: stored.value.name },
    });
  });
}
