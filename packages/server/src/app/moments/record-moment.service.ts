/**
 * Use case: record an Awesome Permission moment. It starts in `aware`: the giver's private note,
 * which the receiver sees only once permission is extended.
 */
import { createMoment, defaultIngredients, type MomentVariant } from "@ascent/core";
import { personStatus } from "../../store/queries/person-lookups.queries.js";
import { listEvidence } from "../../store/repositories/evidence.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { insertMoments } from "../../store/repositories/moment.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { visibleReferences } from "../access/visible-references.js";
import type { AppContext } from "../context/app-context.js";
import { translatingDomainErrors } from "../errors/from-domain-error.js";
import { IssueList } from "../validation/issue-list.js";
import { type NamedMoment, nameMoment } from "./moment-names.js";

/** Input of recordMoment: the giver is always the actor. */
export interface RecordMomentInput {
  readonly receiverId: unknown;
  readonly variant: unknown;
  readonly ingredientIds?: unknown;
  readonly evidenceIds?: unknown;
}

/** A moment (with its giver's and receiver's names) and the version the next change must quote. */
export interface MomentResult {
  readonly moment: NamedMoment;
  readonly version: number;
}

const VARIANTS: readonly MomentVariant[] = ["struggling", "instinct_of_potential"];

/** Records a moment given by the actor to an active colleague. */
export async function recordMoment(ctx: AppContext, actor: Actor, input: RecordMomentInput): Promise<MomentResult> {
  const issues = new IssueList();
  const receiverId = issues.text("receiverId", input.receiverId);
  const variant = issues.oneOf("variant", input.variant, VARIANTS);
  const ingredients = new Set(defaultIngredients().map((i) => i.id));
  const ingredientIds = issues.idList("ingredientIds", input.ingredientIds, (id) =>
    ingredients.has(id) ? null : "is not an ingredient of the checklist",
  );
  const evidenceIds = issues.idList("evidenceIds", input.evidenceIds);
  issues.throwIfAny();
  // Evidence the giver may not read is answered exactly like a missing id (access/visible-references.ts).
  const seenEvidence = await visibleReferences(ctx, actor, Permission.EvidenceRead, evidenceIds!);
  return inTransaction(ctx.db, async (db) => {
    if ((await personStatus(db, receiverId!)) !== "active")
      issues.add("receiverId", "is not an active person of the organisation");
    const owners = new Map(
      (await listEvidence(db, { ids: evidenceIds!.filter((id) => seenEvidence.has(id)) })).map((e) => [
        e.id,
        e.personId,
      ]),
    );
    evidenceIds!.forEach((id, index) => {
      const owner = owners.get(id);
      // Only the two people in the moment may have their evidence linked to it.
      if (owner !== actor.personId && owner !== receiverId)
        issues.add(`evidenceIds[${index}]`, "is not evidence of the giver or receiver");
    });
    issues.throwIfAny();
    const moment = await translatingDomainErrors(() =>
      createMoment(
        {
          id: ctx.newId(),
          giverId: actor.personId,
          receiverId: receiverId!,
          variant: variant!,
          ingredientIds: ingredientIds!,
          evidenceIds: evidenceIds!,
        },
        ctx.now(),
      ),
    );
    await insertMoments(db, [moment]);
    return { moment: await nameMoment(db, moment), version: 1 };
  });
}
