/** Use case: an admin renames a team or moves it to another group (or out of any), quoting its version. */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findTeamRecord, updateTeamRecord } from "../../store/repositories/team-record.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList, MAX_TITLE_LENGTH } from "../validation/issue-list.js";
import { groupIdField, requireFreeName, requireGroup } from "./unit-fields.js";
import { type TeamSummary, teamSummary } from "./unit-summaries.js";

/** Input of updateTeam: a new name and/or group (null: no group), and the version read. */
export interface UpdateTeamInput {
  readonly teamId: unknown;
  readonly version: unknown;
  readonly name?: unknown;
  readonly groupId?: unknown;
}

/** Saves the change; `conflict` for a stale version or a name another team has. */
export async function updateTeam(ctx: AppContext, actor: Actor, input: UpdateTeamInput): Promise<TeamSummary> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "team");
  const issues = new IssueList();
  const teamId = issues.text("teamId", input.teamId, 64);
  const version = issues.positiveInteger("version", input.version);
  const name = input.name === undefined ? undefined : issues.text("name", input.name, MAX_TITLE_LENGTH);
  const groupId = input.groupId === undefined ? undefined : groupIdField(issues, input.groupId);
  if (input.name === undefined && input.groupId === undefined) issues.add("name", "give a name, a groupId or both");
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    const stored = await findTeamRecord(db, teamId!);
    if (!stored) throw notFound("team");
    if (stored.version !== version) throw conflict("Team", version!, stored.version);
    const after = {
      ...stored.value,
      name: name ?? stored.value.name,
      groupId: groupId === undefined ? stored.value.groupId : groupId,
    };
    if (after.name !== stored.value.name) await requireFreeName(db, "team", after.name, teamId);
    if (after.groupId !== null && after.groupId !== stored.value.groupId) await requireGroup(db, after.groupId);
    await translatingStoreErrors(() => updateTeamRecord(db, after, version!));
    await recordAdminAction(ctx, db, actor, {
      action: "team.updated",
      targetKind: "team",
      targetId: teamId!,
      details: {
        ...(after.name !== stored.value.name ? { name: { from: stored.value.name, to: after.name } } : {}),
        ...(after.groupId !== stored.value.groupId
          ? { groupId: { from: stored.value.groupId, to: after.groupId } }
          : {}),
      },
    });
    return teamSummary(db, teamId!);
  });
}
