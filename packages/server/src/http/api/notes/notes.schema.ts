/** Schemas of private notes. */
import { z } from "zod";
import type { PrivateNoteResult } from "../../../app/notes/private-note.types.js";
import { idParam } from "../common.schema.js";
import { versionField } from "../domain.schema.js";
import { schemaDescribes } from "../schema-describes.js";

/** A private note about a person (visible to its author alone). */
export const writeNoteBodySchema = z.object({ personId: idParam, body: z.string().max(20_000) });

/** Editing a note. */
export const editNoteBodySchema = z.object({ version: versionField, body: z.string().max(20_000) });

/** `:noteId`. */
export const noteParamsSchema = z.object({ noteId: idParam });

/** A private note: only its author ever reads it. */
export const privateNoteSchema = z
  .object({
    id: z.string(),
    authorId: z.string().describe("The only person who may read it"),
    personId: z.string().describe("Whom it is about: the author, or someone they mentor"),
    body: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "PrivateNote" });

/** A note and the version its next edit must quote. */
export const privateNoteResultSchema = z
  .object({ note: privateNoteSchema, version: z.number().int().describe("Quote it to edit the note") })
  .meta({ id: "PrivateNoteResult" });
schemaDescribes<typeof privateNoteResultSchema, PrivateNoteResult>(true);
