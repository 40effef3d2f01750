/** Use case: add a piece of evidence to one's own record, linked to stages. */
import type { Evidence } from "@ascent/core";
import { insertEvidence } from "../../store/repositories/evidence.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";
import { type EvidenceFieldsInput, readEvidenceFields } from "./evidence.input.js";

/** Evidence and the version the next edit must quote. */
export interface EvidenceResult {
  readonly evidence: Evidence;
  readonly version: number;
}

/** Adds evidence for the actor (evidence is always one's own: others' records are theirs to keep). */
export async function addEvidence(ctx: AppContext, actor: Actor, input: EvidenceFieldsInput): Promise<EvidenceResult> {
  await requireAccess(ctx, actor, Permission.EvidenceCreate, [actor.personId]);
  return inTransaction(ctx.db, async (db) => {
    const issues = new IssueList();
    const fields = readEvidenceFields(issues, input, await activeFramework(db));
    issues.throwIfAny();
    const evidence: Evidence = {
      id: ctx.newId(),
      personId: actor.personId,
      kind: fields.kind!,
      title: fields.title!,
      body: fields.body!,
      url: fields.url ?? null,
      occurredOn: fields.occurredOn!,
      stageIds: fields.stageIds!,
    };
    await insertEvidence(db, [evidence]);
    return { evidence, version: 1 };
  });
}
