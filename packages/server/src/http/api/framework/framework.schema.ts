/** Schemas of the framework routes. */
import { z } from "zod";
import { MAX_FRAMEWORK_SOURCE_LENGTH } from "../../../app/framework/load-framework-version.service.js";

/** Above the largest framework text taken, so its own message (naming `source`) answers, not a 413. */
export const FRAMEWORK_BODY_LIMIT = MAX_FRAMEWORK_SOURCE_LENGTH * 2;

/** The media types a YAML body may come as. */
export const YAML_MEDIA_TYPES = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"] as const;

const jsonBody = z
  .object({
    source: z.string().describe("The framework as YAML or JSON text (see docs/framework.md)"),
    format: z.enum(["yaml", "json"]).optional().describe('Default: JSON when the text starts with "{", else YAML'),
  })
  .strict();

/** The body: `{ source, format }` (application/json) or the YAML text itself (application/yaml). */
export const frameworkBodySchema = z.union([
  z.string().describe("The framework's YAML text (application/yaml)"),
  jsonBody,
]);

/** `?dryRun=1&basedOn=<content hash>`. */
export const frameworkQuerySchema = z
  .object({
    dryRun: z.enum(["0", "1", "true", "false"]).optional().describe("1: validate only, store nothing"),
    basedOn: z
      .string()
      .max(128)
      .optional()
      .describe("The contentHash of the framework you started from; if another is active now, 409 conflict"),
  })
  .strict();

const diffSchema = z.object({
  added: z.array(z.string()).readonly(),
  removed: z.array(z.string()).readonly(),
  renamed: z.array(z.object({ from: z.string(), to: z.string() })).readonly(),
  changed: z.array(z.string()).readonly(),
});

/** What a load answers. */
export const frameworkLoadResultSchema = z
  .object({
    dryRun: z.boolean(),
    created: z.boolean().describe("False when this very content was already the active version"),
    framework: z.any().describe("The parsed framework (as GET /api/v1/framework answers it)"),
    version: z
      .object({
        id: z.string(),
        frameworkId: z.string(),
        name: z.string(),
        version: z.string(),
        contentHash: z.string(),
        sourceFormat: z.enum(["yaml", "json"]),
        createdAt: z.string(),
        activatedAt: z.string().nullable(),
        isActive: z.boolean(),
      })
      .nullable()
      .describe("The stored version; null on a dry run of a version not stored yet"),
    changes: diffSchema.describe("Stage by stage, against the framework active before"),
  })
  .meta({ id: "FrameworkLoadResult" });
