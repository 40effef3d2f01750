/** Private notes: visible to their author alone, whatever any policy says. */
import { editPrivateNote } from "../../../app/notes/edit-private-note.service.js";
import { getPrivateNote } from "../../../app/notes/get-private-note.service.js";
import { writePrivateNote } from "../../../app/notes/write-private-note.service.js";
import { errorResponses } from "../../errors/error-body.js";
import type { RouteDeps, ZodApp } from "../../route-deps.js";
import { actorOfRequest } from "../principal-of.js";
import { editNoteBodySchema, noteParamsSchema, privateNoteResultSchema, writeNoteBodySchema } from "./notes.schema.js";

const TAGS = ["notes"];

/** Registers the private note routes. */
export function registerNoteRoutes(app: ZodApp, deps: RouteDeps): void {
  const { ctx } = deps;

  app.post(
    "/api/v1/notes",
    {
      schema: {
        tags: TAGS,
        summary: "Write a private note",
        body: writeNoteBodySchema,
        response: { 201: privateNoteResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await writePrivateNote(ctx, actorOfRequest(request), request.body)),
  );

  app.get(
    "/api/v1/notes/:noteId",
    {
      schema: {
        tags: TAGS,
        summary: "Read one of my private notes",
        params: noteParamsSchema,
        response: { 200: privateNoteResultSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getPrivateNote(ctx, actorOfRequest(request), request.params.noteId),
  );

  app.patch(
    "/api/v1/notes/:noteId",
    {
      schema: {
        tags: TAGS,
        summary: "Edit one of my private notes",
        params: noteParamsSchema,
        body: editNoteBodySchema,
        response: { 200: privateNoteResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      editPrivateNote(ctx, actorOfRequest(request), { ...request.body, noteId: request.params.noteId }),
  );
}
