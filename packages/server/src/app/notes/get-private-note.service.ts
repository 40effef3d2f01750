/** Use case: read a private note (its author alone). */
import { findPrivateNote } from "../../store/repositories/private-note.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import type { PrivateNoteResult } from "./private-note.types.js";

/** The note, or `not_found` for anyone but its author. */
export async function getPrivateNote(ctx: AppContext, actor: Actor, noteId: string): Promise<PrivateNoteResult> {
  await requireAccess(ctx, actor, Permission.PrivateNoteAccess, [noteId]);
  const stored = await findPrivateNote(ctx.db, noteId);
  if (!stored) throw notFound("private-note");
  return { note: stored.value, version: stored.version };
}
