/** Use case: read a private note (its author alone). */
import type { Selectable } from "kysely";
import { findPrivateNoteRow } from "../../store/queries/private-note.queries.js";
import type { PrivateNoteTable } from "../../store/queries/private-note.table.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import type { PrivateNote, PrivateNoteResult } from "./private-note.types.js";

/** The note, or `not_found` for anyone but its author. */
export async function getPrivateNote(ctx: AppContext, actor: Actor, noteId: string): Promise<PrivateNoteResult> {
  await requireAccess(ctx, actor, Permission.PrivateNoteAccess, [noteId]);
  const row = await findPrivateNoteRow(ctx.db, noteId);
  if (!row) throw notFound("private-note");
  return { note: noteFromRow(row), version: row.version };
}

/** The domain shape of a row. */
export function noteFromRow(row: Selectable<PrivateNoteTable>): PrivateNote {
  return {
    id: row.id,
    authorId: row.author_id,
    personId: row.person_id,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
