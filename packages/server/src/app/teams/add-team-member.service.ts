/**
 * Use case: an admin puts an active person in a team, quoting the person's version. A person
 * belongs to one team (the schema's `person.team_id`), so adding them here moves them out of
 * their previous team; the dashboards' counts follow in the same transaction.
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findPerson, updatePerson } from "../../store/repositories/person.repository.js";
import { findTeamRecord } from "../../store/repositories/team-record.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { type AdminPersonRecord, adminPersonRecord } from "../admin/person-record.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, forbiddenState, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";

/** Input of addTeamMember: the team, the person and the person's version. */
export interface TeamMemberInput {
  readonly teamId: unknown;
  readonly personId: unknown;
  readonly version: unknown;
}

/** Makes the team the person's team (no change when it already is); returns the person's record. */
export async function addTeamMember(ctx: AppContext, actor: Actor, input: TeamMemberInput): Promise<AdminPersonRecord> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "team");
  const issues = new IssueList();
  const teamId = issues.text("teamId", input.teamId, 64);
  const personId = issues.text("personId", input.personId, 64);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    const [team, stored] = [await findTeamRecord(db, teamId!), await findPerson(db, personId!)];
    if (!team) throw notFound("team");
    if (!stored) throw notFound("person");
    if (stored.value.status !== "active")
      throw forbiddenState(`Only active people join teams; this person is ${stored.value.status}`);
    if (stored.version !== version) throw conflict("Person", version!, stored.version);
    const from = stored.value.teamId;
    if (from !== teamId) {
      await translatingStoreErrors(() => updatePerson(db, { ...stored.value, teamId: teamId! }, version!));
      await recordAdminAction(ctx, db, actor, {
        action: "team_member.added",
        targetKind: "person",
        targetId: personId!,
        details: { teamId, previousTeamId: from },
      });
    }
    return adminPersonRecord(db, personId!, ctx.now());
  });
}
