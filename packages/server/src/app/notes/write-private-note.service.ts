/** Use case: write a private note about oneself or a mentee; nobody but its author will ever read it. */
import { insertPrivateNotes } from "../../store/repositories/private-note.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList, MAX_TEXT_LENGTH } from "../validation/issue-list.js";
import type { PrivateNoteResult } from "./private-note.types.js";

/** Input of writePrivateNote. */
export interface WritePrivateNoteInput {
  readonly personId: unknown;
  readonly body: unknown;
}

/** Creates the note, authored by the actor. */
export async function writePrivateNote(
  ctx: AppContext,
  actor: Actor,
  input: WritePrivateNoteInput,
): Promise<PrivateNoteResult> {
  const issues = new IssueList();
  const personId = issues.text("personId", input.personId);
  const body = issues.text("body", input.body, MAX_TEXT_LENGTH);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.PrivateNoteCreate, [personId!]);
  const at = ctx.now();
  const note = {
    id: ctx.newId(),
    authorId: actor.personId,
    personId: personId!,
    body: body!,
    createdAt: at,
    updatedAt: at,
  };
  await insertPrivateNotes(ctx.db, [note]);
  return { note, version: 1 };
}
