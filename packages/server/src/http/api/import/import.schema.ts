/** Schemas of the org-chart import: the CSV as text/csv, or JSON with the CSV and a column mapping. */
import { z } from "zod";
import { MAX_IMPORT_INVITATIONS } from "../../../app/organisation/import-org-chart.service.js";
import { ORG_CHART_FIELDS } from "../../../import/index.js";

/** Org-chart files may be large (100,000 rows): this route alone takes up to 16 MiB. */
export const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

const columnsField = z
  .object(Object.fromEntries(ORG_CHART_FIELDS.map((field) => [field, z.string().trim().min(1).max(200).optional()])))
  .strict()
  .describe("Header to read each field from, when the file does not use the canonical names");

/** The JSON form of the body. */
const jsonImportBody = z
  .object({
    csv: z.string().describe("The CSV text (header row first)"),
    columns: columnsField.optional(),
    invite: z
      .boolean()
      .optional()
      .describe(`Commit only: create invitations for the people the import adds (at most ${MAX_IMPORT_INVITATIONS})`),
  })
  .strict();

/** The body: the CSV itself (`text/csv`) or `{ csv, columns, invite }` (`application/json`). */
export const importBodySchema = z.union([z.string().describe("The CSV text (text/csv)"), jsonImportBody]);

/** `?invite=true` does what `invite` does for a text/csv body. */
export const importQuerySchema = z.object({ invite: z.enum(["true", "false"]).optional() }).strict();

const issueSchema = z.object({ line: z.number().int(), column: z.string().nullable(), reason: z.string() });
const issuesSchema = z.array(issueSchema).readonly();

const summarySchema = z.object({
  people: z.number().int(),
  teams: z.number().int(),
  groups: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  unchanged: z.number().int(),
  newTeams: z.number().int(),
  newGroups: z.number().int(),
  teamsRegrouped: z.number().int(),
  mentorshipsStarted: z.number().int(),
  mentorshipsEnded: z.number().int(),
});

/** The preview: what a commit would do, and every reason it would refuse (by line and column). */
export const importReportSchema = z
  .object({
    ok: z.boolean().describe("No errors: a commit would succeed"),
    rows: z
      .array(
        z.object({
          line: z.number().int(),
          name: z.string(),
          email: z.string(),
          team: z.string().nullable(),
          group: z.string().nullable(),
          mentorEmail: z.string().nullable(),
          role: z.string(),
          action: z.enum(["create", "update", "unchanged"]),
          changes: z.array(z.string()).readonly(),
        }),
      )
      .readonly(),
    errors: issuesSchema,
    errorCount: z.number().int(),
    warnings: issuesSchema,
    summary: summarySchema,
  })
  .meta({ id: "OrgChartReport" });

/** What a commit did, and the one-time invitation links for the people it added (when asked). */
export const importResultSchema = z
  .object({
    summary: summarySchema,
    written: z.object({
      groupsCreated: z.number().int(),
      teamsCreated: z.number().int(),
      teamsRegrouped: z.number().int(),
      peopleCreated: z.number().int(),
      peopleUpdated: z.number().int(),
      leadsRemoved: z.number().int(),
      leadsAdded: z.number().int(),
      mentorshipsEnded: z.number().int(),
      mentorshipsStarted: z.number().int(),
    }),
    warnings: issuesSchema,
    invitations: z.array(
      z.object({
        id: z.string(),
        email: z.string(),
        personId: z.string(),
        link: z.string().describe("The one-time link; shown only now"),
        expiresAt: z.string(),
        mailed: z.boolean(),
      }),
    ),
    invitationsSkipped: z
      .number()
      .int()
      .describe("Added people not invited (not asked, or beyond the limit): invite them from the admin page"),
  })
  .meta({ id: "OrgChartImportResult" });
