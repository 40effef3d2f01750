/**
 * Use case: an admin deletes a team nobody belongs to any more — deactivated and erased people
 * included, since their records still point at it. Its leads stop leading it.
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import {
  countPeopleOfTeam,
  deleteTeamRecord,
  findTeamRecord,
} from "../../store/repositories/team-record.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, forbiddenState, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";

/** Deletes the team; `forbidden_state` while people belong to it, `conflict` for a stale version. */
export async function deleteTeam(
  ctx: AppContext,
  actor: Actor,
  input: { readonly teamId: unknown; readonly version: unknown },
): Promise<void> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "team");
  const issues = new IssueList();
  const teamId = issues.text("teamId", input.teamId, 64);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  await inTransaction(ctx.db, async (db) => {
    const stored = await findTeamRecord(db, teamId!);
    if (!stored) throw notFound("team");
    if (stored.version !== version) throw conflict("Team", version!, stored.version);
    const people = await countPeopleOfTeam(db, teamId!);
    if (people > 0) {
      throw forbiddenState(
        `The team still has ${people} ${people === 1 ? "person" : "people"} (deactivated and erased included): move them to another team first`,
      );
    }
    await translatingStoreErrors(() => deleteTeamRecord(db, teamId!, version!));
    await recordAdminAction(ctx, db, actor, {
      action: "team.deleted",
      targetKind: "team",
      targetId: teamId!,
      details: { name: stored.value.name },
    });
  });
}
