/** Schemas of the personal export. */
import { z } from "zod";
import { PERSONAL_EXPORT_FORMAT, type PersonalExport } from "../../../app/export/get-personal-export.service.js";
import { personOverviewSchema } from "../people/people.schema.js";
import { schemaDescribes } from "../schema-describes.js";

/** `?format=json|html&download=0|1`. */
export const personalExportQuerySchema = z
  .object({
    format: z
      .enum(["json", "html"])
      .default("json")
      .describe("json: the whole record as data; html: a readable, self-contained page with my diagrams inline"),
    download: z
      .enum(["0", "1", "true", "false"])
      .optional()
      .describe("Default 1 (attachment); 0 shows the page in the browser (inline)"),
  })
  .strict();

/** A point of a position series: when, where, and the check-in it came from. */
const exportedPointSchema = z
  .object({
    at: z.string(),
    progress: z.number().describe("Stages reached, plus 0.5 when the next is emerging"),
    workingOnStageId: z.string().nullable().describe("Null once every stage is reached"),
    checkInId: z.string(),
  })
  .meta({ id: "ExportedProgressPoint" });

const namedRef = z.object({ id: z.string(), name: z.string() });

/**
 * The JSON export: the person's overview as they see it themselves, plus what other pages show
 * (account, team and group, mentorships, position history, sharing choices, the framework).
 * `format` and `formatVersion` say what the file is, so a reader can tell it from anything else.
 */
export const personalExportSchema = personOverviewSchema
  .extend({
    format: z.literal(PERSONAL_EXPORT_FORMAT).describe("Always this text: marks the file as an Ascent record"),
    formatVersion: z.literal(1).describe("Goes up when the file's structure changes incompatibly"),
    exportedAt: z.string(),
    account: z
      .object({
        email: z.string().nullable(),
        createdAt: z.string().nullable(),
        lastLoginAt: z.string().nullable(),
        weeklyDigest: z.boolean().describe("Whether the weekly digest email is on"),
      })
      .describe("Null fields when the person has no account"),
    roles: z.array(z.string()).readonly().describe("Granted roles (leader, admin)"),
    joinedAt: z.string(),
    team: namedRef.nullable(),
    group: namedRef.nullable().describe("The group of the person's team"),
    mentorships: z
      .array(
        z
          .object({
            id: z.string(),
            role: z.enum(["mentee", "mentor"]).describe("The person's side of the mentorship"),
            personId: z.string().describe("The other side"),
            name: z.string(),
            startedAt: z.string(),
            endedAt: z.string().nullable(),
            cadenceDays: z.number().int().describe("How often check-ins are due"),
          })
          .meta({ id: "ExportedMentorship" }),
      )
      .readonly(),
    positionHistory: z
      .object({
        current: z.array(exportedPointSchema).readonly().describe("The position that counts"),
        self: z.array(exportedPointSchema).readonly(),
        mentor: z.array(exportedPointSchema).readonly(),
      })
      .describe("Oldest first"),
    sharing: z
      .array(
        z
          .object({
            itemKind: z.enum(["check_in", "evidence", "plan"]),
            itemId: z.string(),
            mentor: z.boolean(),
            lead: z.boolean(),
            chosen: z.boolean().describe("True when the person chose for this item; false when the defaults apply"),
          })
          .meta({ id: "ExportedSharing" }),
      )
      .readonly()
      .describe("Who sees each of the person's items"),
    framework: z
      .object({
        id: z.string(),
        name: z.string(),
        version: z.string(),
        contentHash: z.string(),
        stages: z.array(z.object({ id: z.string(), level: z.string(), name: z.string() })).readonly(),
      })
      .describe("The framework the ratings and positions refer to (stages only, in path order)"),
    people: z.record(z.string(), z.string()).describe("Person id → name, for everyone the record mentions"),
  })
  .meta({ id: "PersonalExport" });
schemaDescribes<typeof personalExportSchema, PersonalExport>(true);

/** The export answers JSON (the default) or one self-contained HTML page. */
export const personalExportResponse = {
  description: "My record, as the file asked for",
  content: {
    "application/json": { schema: personalExportSchema },
    "text/html": {
      schema: z.string().describe("A readable page with my diagrams inline as SVG; no scripts, no external requests"),
    },
  },
};

/** Records of one kind in the organisation export: in id order, fields as `ascent export` writes them. */
const exportedRecords = (what: string) => z.array(z.looseObject({ id: z.string() })).describe(`${what}, in id order`);

/**
 * The organisation export (documented here; sent as the very text `ascent export --format json`
 * writes, so it is not re-serialised). Its full field list is the import format: docs/operations.md.
 */
export const organisationExportSchema = z
  .object({
    format: z.literal("ascent-organisation").describe("Always this text: marks the file as an organisation export"),
    formatVersion: z.number().int().describe("The document version; an import refuses versions it does not know"),
    organisation: z.looseObject({ name: z.string() }).describe("The organisation's name and settings"),
    frameworkVersions: exportedRecords("Every framework version the organisation has used"),
    groups: exportedRecords("Groups"),
    teams: exportedRecords("Teams"),
    people: exportedRecords("People (erased people keep only their place)"),
    mentorships: exportedRecords("Mentorships, running and ended"),
    checkIns: exportedRecords("Check-ins with their ratings, drafts included"),
    evidence: exportedRecords("Evidence"),
    plans: exportedRecords("Growth plans and their goals"),
    moments: exportedRecords("Awesome Permission moments"),
    shareSettings: z.array(z.looseObject({ itemKind: z.string(), itemId: z.string(), audience: z.string() })),
    privateNotes: exportedRecords("Private notes"),
    accounts: exportedRecords("Accounts, without any credential: they are re-invited after an import"),
  })
  .meta({ id: "OrganisationExport" });
