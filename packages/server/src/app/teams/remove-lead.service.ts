/** Use case: an admin stops a person leading a team or a group (audited: it withdraws a role). */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { removeUnitLead } from "../../store/repositories/unit-lead.repository.js";
import type { Actor } from "../access/actor.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import { checkedLeadInput, type LeadInput, leadUnitSummary } from "./add-lead.service.js";
import type { GroupSummary, TeamSummary } from "./unit-summaries.js";

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
  const { unitId, personId } = checkedLeadInput(actor, input);
  return inTransaction(ctx.db, async (db) => {
    if (!(await removeUnitLead(db, input.kind, unitId, personId))) throw notFound("lead");
    await recordAdminAction(ctx, db, actor, {
      action: "lead.removed",
      targetKind: "person",
      targetId: personId,
      details: { unitKind: input.kind, unitId },
    });
    return leadUnitSummary(db, input.kind, unitId);
  });
}
