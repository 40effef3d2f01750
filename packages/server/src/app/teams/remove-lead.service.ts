/** Use case: an admin stops a person leading a team or a group (audited: it withdraws a role). */
import { removeUnitLead } from "../../store/repositories/unit-lead.repository.js";
import type { Actor } from "../access/actor.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import { requireAdmin } from "../admin/require-admin.js";
import type { AppContext } from "../context/app-context.js";
import { inTransaction } from "../context/in-transaction.js";
import { notFound } from "../errors/app-error.js";
import { IssueList } from "../validation/issue-list.js";
import type { LeadInput } from "./add-lead.service.js";
import { type GroupSummary, groupSummary, type TeamSummary, teamSummary } from "./unit-summaries.js";

/** Removes the lead; `not_found` when the person does not lead it. Returns the summary. */
export async function removeLead(
  ctx: AppContext,
  actor: Actor,
  input: LeadInput & { kind: "team" },
): Promise<TeamSummary>;
export async function removeLead(
  ctx: AppContext,
  actor: Actor,
  input: LeadInput & { kind: "group" },
): Promise<GroupSummary>;
export async function removeLead(ctx: AppContext, actor: Actor, input: LeadInput): Promise<TeamSummary | GroupSummary> {
  requireAdmin(actor, input.kind);
  const issues = new IssueList();
  const unitId = issues.text(`${input.kind}Id`, input.unitId, 64);
  const personId = issues.text("personId", input.personId, 64);
  issues.throwIfAny();
  return inTransaction(ctx.db, async (db) => {
    if (!(await removeUnitLead(db, input.kind, unitId!, personId!))) throw notFound("lead");
    await recordAdminAction(ctx, db, actor, {
      action: "lead.removed",
      targetKind: "person",
      targetId: personId!,
      details: { unitKind: input.kind, unitId },
    });
    return input.kind === "team" ? teamSummary(db, unitId!) : groupSummary(db, unitId!);
  });
}
