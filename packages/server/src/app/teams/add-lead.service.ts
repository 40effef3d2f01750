/**
 * Use case: an admin makes an active person a lead of a team or a group. Leading is a role: the
 * lead sees positions, plans and nudges of the people in it, so the change is audited. Adding an
 * existing lead changes nothing (PUT semantics).
 */
import { findGroupRecord } from "../../store/repositories/group-record.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findPerson } from "../../store/repositories/person.repository.js";
import type { Db } from "../../store/repositories/store.types.js";
import { findTeamRecord } from "../../store/repositories/team-record.repository.js";
import { addUnitLead, type UnitKind } from "../../store/repositories/unit-lead.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import { recordAdminAction } from "../admin/record-admin-action.js";
import type { AppContext } from "../context/app-context.js";
import { forbiddenState, notFound } from "../errors/app-error.js";
import { IssueList } from "../validation/issue-list.js";
import { type GroupSummary, groupSummary, type TeamSummary, teamSummary } from "./unit-summaries.js";

/** Input of addLead and removeLead. */
export interface LeadInput {
  readonly kind: UnitKind;
  /** The team's or group's id. */
  readonly unitId: unknown;
  readonly personId: unknown;
}

/** The admin check and the two ids, each named in the error when malformed: shared by add and remove. */
export function checkedLeadInput(actor: Actor, input: LeadInput): { unitId: string; personId: string } {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, input.kind);
  const issues = new IssueList();
  const unitId = issues.text(`${input.kind}Id`, input.unitId, 64);
  const personId = issues.text("personId", input.personId, 64);
  issues.throwIfAny();
  return { unitId: unitId!, personId: personId! };
}

/** The summary of the team or group a lead change touched. */
export function leadUnitSummary(db: Db, kind: UnitKind, unitId: string): Promise<TeamSummary | GroupSummary> {
  return kind === "team" ? teamSummary(db, unitId) : groupSummary(db, unitId);
}

/** Adds the lead; returns the team's or group's summary. */
export async function addLead(ctx: AppContext, actor: Actor, input: LeadInput & { kind: "team" }): Promise<TeamSummary>;
export async function addLead(
  ctx: AppContext,
  actor: Actor,
  input: LeadInput & { kind: "group" },
): Promise<GroupSummary>;
export async function addLead(ctx: AppContext, actor: Actor, input: LeadInput): Promise<TeamSummary | GroupSummary> {
  const { unitId, personId } = checkedLeadInput(actor, input);
  return inTransaction(ctx.db, async (db) => {
    const unit = input.kind === "team" ? await findTeamRecord(db, unitId) : await findGroupRecord(db, unitId);
    if (!unit) throw notFound(input.kind);
    const person = await findPerson(db, personId);
    if (!person) throw notFound("person");
    if (person.value.status !== "active")
      throw forbiddenState(`Only active people lead; this person is ${person.value.status}`);
    if (await addUnitLead(db, input.kind, unitId, personId)) {
      await recordAdminAction(ctx, db, actor, {
        action: "lead.added",
        targetKind: "person",
        targetId: personId,
        details: { unitKind: input.kind, unitId },
      });
    }
    return leadUnitSummary(db, input.kind, unitId);
  });
}
