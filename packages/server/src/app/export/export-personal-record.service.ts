/**
 * Use case: a person's own record is exported — from the app (`GET /api/v1/me/export`) or by the
 * operator on the server (`ascent export --person`). Either way the record is what the person sees
 * of themselves, and the export is audited.
 */
import type { Actor } from "../access/actor.js";
import { audit } from "../audit/audit-log.js";
import type { AppContext } from "../context/app-context.js";
import { getPersonalExport, type PersonalExport } from "./get-personal-export.service.js";

/** Who asked, as the audit log records it. */
export interface ExportRequester {
  /** The account that asked; null for the operator's CLI. */
  readonly accountId: string | null;
  /** What the audit entry says beside `kind: "personal"` (the format, or `via: "cli"`). */
  readonly details: Readonly<Record<string, unknown>>;
}

/** `actor`'s own record, with an `export.created` audit entry naming them. */
export async function exportPersonalRecord(
  ctx: AppContext,
  actor: Actor,
  requester: ExportRequester,
): Promise<PersonalExport> {
  const record = await getPersonalExport(ctx, actor);
  await audit(ctx, ctx.db, {
    actorId: requester.accountId,
    action: "export.created",
    targetKind: "person",
    targetId: actor.personId,
    details: { kind: "personal", ...requester.details },
  });
  return record;
}
