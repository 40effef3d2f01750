/** Schemas of the framework routes. */
import type { Framework } from "@ascent/core";
import { z } from "zod";
import {
  type LoadFrameworkResult,
  MAX_FRAMEWORK_SOURCE_LENGTH,
} from "../../../app/framework/load-framework-version.service.js";
import { schemaDescribes } from "../schema-describes.js";

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

/** One stage of a level. */
const frameworkStageSchema = z
  .object({
    id: z.string().describe("Stable across versions; ratings and positions refer to it"),
    name: z.string().describe('Short name within its level, e.g. "Awareness"'),
    summary: z.string().describe("One line that says what the stage is about"),
    description: z.string(),
    signals: z
      .array(z.object({ id: z.string(), text: z.string() }).meta({ id: "FrameworkSignal" }))
      .readonly()
      .describe("Observable signs of working at this stage; check-ins tick them by id"),
    pitfalls: z.array(z.string()).readonly(),
    actions: z.array(z.string()).readonly().describe("Suggested actions; growth plans start from them"),
    replaces: z.array(z.string()).readonly().describe("Ids of stages in earlier versions this stage continues"),
  })
  .meta({ id: "FrameworkStage" });

/** One scope level, its stages from first to last reached. */
const frameworkLevelSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    stages: z.array(frameworkStageSchema).readonly(),
  })
  .meta({ id: "FrameworkLevel" });

/** A parsed, validated framework version. */
export const frameworkSchema = z
  .object({
    id: z.string().describe("Identifies the framework across its versions"),
    name: z.string(),
    version: z.string().describe("The version its authors declared"),
    description: z.string(),
    levels: z
      .array(frameworkLevelSchema)
      .readonly()
      .describe("From the narrowest scope to the widest; read level by level, the stages make the path"),
    contentHash: z
      .string()
      .describe("SHA-256 of the canonical content; quote it as `basedOn` when loading a successor"),
  })
  .meta({ id: "Framework" });
schemaDescribes<typeof frameworkSchema, Framework>(true);

/** `GET /api/v1/framework`. */
export const activeFrameworkResultSchema = z.object({ framework: frameworkSchema }).meta({ id: "ActiveFramework" });
schemaDescribes<typeof activeFrameworkResultSchema, { framework: Framework }>(true);

const diffSchema = z
  .object({
    added: z.array(z.string()).readonly().describe("New stages that replace none of the older version"),
    removed: z.array(z.string()).readonly().describe("Stages gone, and replaced by none"),
    renamed: z
      .array(z.object({ from: z.string(), to: z.string() }))
      .readonly()
      .describe("Stages that continue under a new id"),
    changed: z.array(z.string()).readonly().describe("Same id, different content or level"),
  })
  .meta({ id: "FrameworkVersionDiff" });

/** What a load answers. */
export const frameworkLoadResultSchema = z
  .object({
    dryRun: z.boolean(),
    created: z.boolean().describe("False when this very content was already the active version"),
    framework: frameworkSchema.describe("The parsed framework (as GET /api/v1/framework answers it)"),
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
      .meta({ id: "FrameworkVersion" })
      .nullable()
      .describe("The stored version; null on a dry run of a version not stored yet"),
    changes: diffSchema.describe("Stage by stage, against the framework active before"),
  })
  .meta({ id: "FrameworkLoadResult" });
schemaDescribes<typeof frameworkLoadResultSchema, LoadFrameworkResult>(true);
