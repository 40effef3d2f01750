/**
 * Use case: an admin adds a person — name, email, optionally title, team and granted roles. The
 * person starts active and unassessed (counted as such on the dashboards at once); inviting them
 * to sign in is a separate step (the invitations service), which the HTTP route can chain.
 */
import type { GrantedRole, Person } from "@ascent/core";
import { withDashboardCounts } from "../../store/read-models/dashboard-counts.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { insertPeople } from "../../store/repositories/person.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList, MAX_TITLE_LENGTH } from "../validation/issue-list.js";
import { emailField, requireEmailFree, requireTeam, teamIdField } from "./person-fields.js";
import { type AdminPersonRecord, adminPersonRecord } from "./person-record.js";
import { recordAdminAction } from "./record-admin-action.js";

/** Input of createPerson. */
export interface CreatePersonInput {
  readonly name: unknown;
  readonly email: unknown;
  readonly title?: unknown;
  /** A team id, or null/absent for none. */
  readonly teamId?: unknown;
  /** Granted roles: "admin", "leader". */
  readonly roles?: unknown;
}

/** Creates the person; `conflict` naming `email` when someone already uses the address. */
export async function createPerson(
  ctx: AppContext,
  actor: Actor,
  input: CreatePersonInput,
): Promise<{ person: AdminPersonRecord }> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "person");
  const issues = new IssueList();
  const name = issues.text("name", input.name, MAX_TITLE_LENGTH);
  const email = emailField(issues, "email", input.email);
  const title = issues.optionalText("title", input.title, MAX_TITLE_LENGTH)?.trim() ?? "";
  const teamId = input.teamId === undefined ? null : teamIdField(issues, "teamId", input.teamId);
  const roles = grantedRoles(issues, input.roles);
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    await requireEmailFree(db, email!, null);
    if (teamId) await requireTeam(db, teamId, "teamId");
    const now = ctx.now();
    const person: Person = {
      id: ctx.newId(),
      name: name!,
      email: email!,
      teamId: teamId ?? null,
      title,
      status: "active",
      roles: roles!,
      joinedAt: now,
      stayingByChoice: null,
    };
    // Counted as "not yet assessed" in the dashboard aggregates from the start.
    await withDashboardCounts(db, [person.id], () => insertPeople(db, [person]));
    await recordAdminAction(ctx, db, actor, {
      action: "person.created",
      targetKind: "person",
      targetId: person.id,
      details: { teamId: person.teamId },
    });
    if (person.roles.length > 0) {
      await recordAdminAction(ctx, db, actor, {
        action: "role.changed",
        targetKind: "person",
        targetId: person.id,
        details: { before: [], after: person.roles },
      });
    }
    return { person: await adminPersonRecord(db, person.id, now) };
  });
}

/** Distinct known roles, in canonical order; absent means none. */
function grantedRoles(issues: IssueList, value: unknown): GrantedRole[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((r) => r === "admin" || r === "leader")) {
    issues.add("roles", "must be a list of admin, leader");
    return undefined;
  }
  return (["admin", "leader"] as const).filter((r) => value.includes(r));
}
