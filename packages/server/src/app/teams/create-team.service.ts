/** Use case: an admin creates a team, optionally inside a group. */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { insertTeamRecord } from "../../store/repositories/team-record.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList, MAX_TITLE_LENGTH } from "../validation/issue-list.js";
import { groupIdField, requireFreeName, requireGroup } from "./unit-fields.js";
import { type TeamSummary, teamSummary } from "./unit-summaries.js";

/** Input of createTeam. */
export interface CreateTeamInput {
  readonly name: unknown;
  /** A group id, or null/absent for none. */
  readonly groupId?: unknown;
}

/** Creates the team; `conflict` naming `name` when another team has the name. */
export async function createTeam(ctx: AppContext, actor: Actor, input: CreateTeamInput): Promise<TeamSummary> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "team");
  const issues = new IssueList();
  const name = issues.text("name", input.name, MAX_TITLE_LENGTH);
  const groupId = input.groupId === undefined ? null : groupIdField(issues, input.groupId);
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    await requireFreeName(db, "team", name!);
    if (groupId) await requireGroup(db, groupId);
    const id = ctx.newId();
    await insertTeamRecord(db, { id, name: name!, groupId: groupId ?? null });
    await recordAdminAction(ctx, db, actor, {
      action: "team.created",
      targetKind: "team",
      targetId: id,
      details: { name, groupId: groupId ?? null },
    });
    return teamSummary(db, id);
  });
}
