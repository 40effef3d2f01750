/** Use case: read a moment (its giver; its receiver once permission was extended). */
import { findMoment } from "../../store/repositories/moment.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import { nameMoment } from "./moment-names.js";
import type { MomentResult } from "./record-moment.service.js";

/** The moment with both names, or `not_found` when missing or not the actor's to see. */
export async function getMoment(ctx: AppContext, actor: Actor, momentId: string): Promise<MomentResult> {
  await requireAccess(ctx, actor, Permission.MomentRead, [momentId]);
  const stored = await findMoment(ctx.db, momentId);
  if (!stored) throw notFound("moment");
  return { moment: await nameMoment(ctx.db, stored.value), version: stored.version };
}
