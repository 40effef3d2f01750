/** Use case: an admin creates a group (several teams: the model's multi-team level). */
import { insertGroupRecord } from "../../store/repositories/group-record.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList, MAX_TITLE_LENGTH } from "../validation/issue-list.js";
import { requireFreeName } from "./unit-fields.js";
import { type GroupSummary, groupSummary } from "./unit-summaries.js";

/** Creates the group; `conflict` naming `name` when another group has the name. */
export async function createGroup(
  ctx: AppContext,
  actor: Actor,
  input: { readonly name: unknown },
): Promise<GroupSummary> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "group");
  const issues = new IssueList();
  const name = issues.text("name", input.name, MAX_TITLE_LENGTH);
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    await requireFreeName(db, "group", name!);
    const id = ctx.newId();
    await insertGroupRecord(db, { id, name: name! });
    await recordAdminAction(ctx, db, actor, {
      action: "group.created",
      targetKind: "group",
      targetId: id,
      details: { name },
    });
    return groupSummary(db, id);
  });
}
