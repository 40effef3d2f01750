/**
 * Use case: widen or narrow what one shares, item by item and audience by audience (e.g. this
 * evidence to my mentor but not my lead). `allowed: null` returns the item to the default.
 */

import { inTransaction } from "../../store/repositories/in-transaction.js";
import { replaceShareSetting } from "../../store/repositories/share-setting.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import { AUDIENCES, type Audience, SHAREABLE_KINDS, type ShareableKind } from "../access/share-defaults.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";

/** Input of setSharing. */
export interface SetSharingInput {
  readonly itemKind: unknown;
  readonly itemId: unknown;
  readonly audience: unknown;
  /** true: share; false: do not share; null: back to the default. */
  readonly allowed: unknown;
}

/** The sharing now in force for the item and audience. */
export interface SharingResult {
  readonly itemKind: ShareableKind;
  readonly itemId: string;
  readonly audience: Audience;
  /** The explicit choice, or null when the default applies. */
  readonly allowed: boolean | null;
}

/** Only the person an item is about decides who sees it. */
const OWNER_PERMISSION: Readonly<Record<ShareableKind, Permission>> = {
  check_in: Permission.CheckInShare,
  evidence: Permission.EvidenceWrite,
  plan: Permission.PlanShare,
};

/** Sets (or clears) the actor's sharing choice for one of their items. */
export async function setSharing(ctx: AppContext, actor: Actor, input: SetSharingInput): Promise<SharingResult> {
  const issues = new IssueList();
  const itemKind = issues.oneOf("itemKind", input.itemKind, SHAREABLE_KINDS);
  const itemId = issues.text("itemId", input.itemId);
  const audience = issues.oneOf("audience", input.audience, AUDIENCES);
  if (input.allowed !== null && typeof input.allowed !== "boolean")
    issues.add("allowed", "must be true, false or null");
  issues.throwIfAny();
  await requireAccess(ctx, actor, OWNER_PERMISSION[itemKind!], [itemId!]);
  const allowed = input.allowed as boolean | null;
  await inTransaction(ctx.db, async (db) => {
    await replaceShareSetting(
      db,
      { personId: actor.personId, itemKind: itemKind!, itemId: itemId!, audience: audience! },
      allowed,
    );
  });
  return { itemKind: itemKind!, itemId: itemId!, audience: audience!, allowed };
}
