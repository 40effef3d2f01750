/** Use case: an admin renames a group, quoting its version. */
import { findGroupRecord, updateGroupRecord } from "../../store/repositories/group-record.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList, MAX_TITLE_LENGTH } from "../validation/issue-list.js";
import { requireFreeName } from "./unit-fields.js";
import { type GroupSummary, groupSummary } from "./unit-summaries.js";

/** Input of updateGroup. */
export interface UpdateGroupInput {
  readonly groupId: unknown;
  readonly version: unknown;
  readonly name: unknown;
}

/** Renames the group; `conflict` for a stale version or a name another group has. */
export async function updateGroup(ctx: AppContext, actor: Actor, input: UpdateGroupInput): Promise<GroupSummary> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "group");
  const issues = new IssueList();
  const groupId = issues.text("groupId", input.groupId, 64);
  const version = issues.positiveInteger("version", input.version);
  const name = issues.text("name", input.name, MAX_TITLE_LENGTH);
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    const stored = await findGroupRecord(db, groupId!);
    if (!stored) throw notFound("group");
    if (stored.version !== version) throw conflict("Group", version!, stored.version);
    if (name !== stored.value.name) await requireFreeName(db, "group", name!, groupId);
    await translatingStoreErrors(() => updateGroupRecord(db, { id: groupId!, name: name! }, version!));
    await recordAdminAction(ctx, db, actor, {
      action: "group.updated",
      targetKind: "group",
      targetId: groupId!,
      details: { name: { from: stored.value.name, to: name } },
    });
    return groupSummary(db, groupId!);
  });
}
