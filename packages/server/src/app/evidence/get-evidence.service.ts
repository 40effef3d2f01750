/** Use case: read one piece of evidence, subject to its owner's sharing. */
import { findEvidence } from "../../store/repositories/evidence.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import type { EvidenceResult } from "./add-evidence.service.js";

/** The evidence, or `not_found` when missing or not shared with the actor. */
export async function getEvidence(ctx: AppContext, actor: Actor, evidenceId: string): Promise<EvidenceResult> {
  await requireAccess(ctx, actor, Permission.EvidenceRead, [evidenceId]);
  const stored = await findEvidence(ctx.db, evidenceId);
  if (!stored) throw notFound("evidence");
  return { evidence: stored.value, version: stored.version };
}
