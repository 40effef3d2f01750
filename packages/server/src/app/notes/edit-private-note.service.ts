/** Use case: rewrite one's private note, refusing a stale version. */
import { findPrivateNoteRow, updatePrivateNoteIfVersion } from "../../store/queries/private-note.queries.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { IssueList, MAX_TEXT_LENGTH } from "../validation/issue-list.js";
import { noteFromRow } from "./get-private-note.service.js";
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
  const row = await findPrivateNoteRow(ctx.db, noteId!);
  if (!row) throw notFound("private-note");
  const at = ctx.now();
  if (row.version !== version || !(await updatePrivateNoteIfVersion(ctx.db, noteId!, body!, at, version!))) {
    throw conflict("Private note", version!, row.version === version ? version! + 1 : row.version);
  }
  return { note: noteFromRow({ ...row, body: body!, updated_at: at }), version: version! + 1 };
}
