/** Use case: read one check-in (drafts: the author only; submitted: the person and whom they share with). */
import type { CheckIn } from "@ascent/core";
import { findCheckIn } from "../../store/repositories/check-in.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import type { CheckInResult } from "./create-check-in-draft.service.js";

/** The check-in, or `not_found` when it is missing or not the actor's to see. */
export async function getCheckIn(ctx: AppContext, actor: Actor, checkInId: string): Promise<CheckInResult> {
  await requireAccess(ctx, actor, Permission.CheckInRead, [checkInId]);
  const stored = await findCheckIn(ctx.db, checkInId);
  if (!stored) throw notFound("check-in");
  return { checkIn: stored.value satisfies CheckIn, version: stored.version };
}
