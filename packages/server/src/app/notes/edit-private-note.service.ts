/** Use case: rewrite one's private note, refusing a stale version. */
import { updatePrivateNote } from "../../store/repositories/private-note.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList, MAX_TEXT_LENGTH } from "../validation/issue-list.js";
import { getPrivateNote } from "./get-private-note.service.js";
import type { PrivateNoteResult } from "./private-note.types.js";

/** Input of editPrivateNote. */
export interface EditPrivateNoteInput {
  readonly noteId: unknown;
  readonly version: unknown;
  readonly body: unknown;
}

/** Replaces the body; `conflict` when the note changed since `version`. */
export async function editPrivateNote(
  ctx: AppContext,
  actor: Actor,
  input: EditPrivateNoteInput,
): Promise<PrivateNoteResult> {
  const issues = new IssueList();
  const noteId = issues.text("noteId", input.noteId);
  const version = issues.positiveInteger("version", input.version);
  const body = issues.text("body", input.body, MAX_TEXT_LENGTH);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.PrivateNoteAccess, [noteId!]);
  const at = ctx.now();
  const next = await translatingStoreErrors(() => updatePrivateNote(ctx.db, noteId!, body!, at, version!));
  return { ...(await getPrivateNote(ctx, actor, noteId!)), version: next };
}
