/** Schemas of private notes. */
import { z } from "zod";
import { idParam } from "../common.schema.js";
import { versionField } from "../domain.schema.js";

/** A private note about a person (visible to its author alone). */
export const writeNoteBodySchema = z.object({ personId: idParam, body: z.string().max(20_000) });

/** Editing a note. */
export const editNoteBodySchema = z.object({ version: versionField, body: z.string().max(20_000) });

/** `:noteId`. */
export const noteParamsSchema = z.object({ noteId: idParam });
