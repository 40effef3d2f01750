/** Use case: an admin opens a person's record to edit it (name, email, team, roles, mentorships). */
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";
import { type AdminPersonRecord, adminPersonRecord } from "./person-record.js";

/** The person's record; `not_found` for non-admins and unknown ids alike. */
export async function getPersonRecord(
  ctx: AppContext,
  actor: Actor,
  input: { readonly personId: unknown },
): Promise<AdminPersonRecord> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "person");
  const issues = new IssueList();
  const personId = issues.text("personId", input.personId, 64);
  issues.throwIfAny();
  return adminPersonRecord(ctx.db, personId!, ctx.now());
}
