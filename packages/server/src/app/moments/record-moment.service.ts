/**
 * Use case: record an Awesome Permission moment. It starts in `aware`: the giver's private note,
 * which the receiver sees only once permission is extended.
 */
import { createMoment, defaultIngredients, type Moment, type MomentVariant } from "@ascent/core";
import { findEvidence } from "../../store/queries/evidence.queries.js";
import { insertMoment } from "../../store/queries/moment.queries.js";
import type { Actor } from "../access/actor.js";
import type { AppContext } from "../context/app-context.js";
import { inTransaction } from "../context/in-transaction.js";
import { translatingDomainErrors } from "../errors/from-domain-error.js";
import { IssueList } from "../validation/issue-list.js";

/** Input of recordMoment: the giver is always the actor. */
export interface RecordMomentInput {
  readonly receiverId: unknown;
  readonly variant: unknown;
  readonly ingredientIds?: unknown;
  readonly evidenceIds?: unknown;
}

/** A moment and the version the next change must quote. */
export interface MomentResult {
  readonly moment: Moment;
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
  return inTransaction(ctx.db, async (db) => {
    const receiver = await db.selectFrom("person").select("status").where("id", "=", receiverId!).executeTakeFirst();
    if (receiver?.status !== "active") issues.add("receiverId", "is not an active person of the organisation");
    const found = await findEvidence(db, evidenceIds!);
    evidenceIds!.forEach((id, index) => {
      const owner = found.get(id)?.evidence.personId;
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
    await insertMoment(db, moment);
    return { moment, version: 1 };
  });
}
