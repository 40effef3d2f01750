/**
 * Use case: move a moment to its next state (aware → extended → accepted → result, or to
 * no_change), dated, by its giver; optionally recording the outcome in the same step.
 */
import { MOMENT_STATES, type MomentState, recordOutcome, transitionMoment } from "@ascent/core";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findMoment, saveMoment } from "../../store/repositories/moment.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingDomainErrors } from "../errors/from-domain-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import { nameMoment } from "./moment-names.js";
import type { MomentResult } from "./record-moment.service.js";

/** Input of moveMoment; `at` defaults to now (a giver may log a conversation of last week). */
export interface MoveMomentInput {
  readonly momentId: unknown;
  readonly version: unknown;
  readonly to: unknown;
  readonly at?: unknown;
  readonly outcome?: unknown;
}

/** Moves the moment; `forbidden_state` for a move its state does not allow, `conflict` when stale. */
export async function moveMoment(ctx: AppContext, actor: Actor, input: MoveMomentInput): Promise<MomentResult> {
  const issues = new IssueList();
  const momentId = issues.text("momentId", input.momentId);
  const version = issues.positiveInteger("version", input.version);
  const to = issues.oneOf<MomentState>("to", input.to, MOMENT_STATES);
  // A step happened when it is recorded or earlier: a future date would also block every later step.
  const now = ctx.now();
  const at = input.at === undefined ? now : issues.pastDate("at", input.at, now);
  const outcome = issues.optionalText("outcome", input.outcome);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.MomentWrite, [momentId!]);
  return inTransaction(ctx.db, async (db) => {
    const stored = await findMoment(db, momentId!);
    if (!stored) throw notFound("moment");
    const moved = await translatingDomainErrors(() => transitionMoment(stored.value, to!, at!));
    const moment = outcome === undefined ? moved : recordOutcome(moved, outcome);
    if (stored.version !== version) throw conflict("Moment", version!, stored.version);
    const next = await translatingStoreErrors(() => saveMoment(db, moment, version!));
    return { moment: await nameMoment(db, moment), version: next };
  });
}
