/** Schemas of the organisation's settings. */
import { z } from "zod";
import { nameField } from "../common.schema.js";
import { versionField } from "../domain.schema.js";

/** The settings everyone signed in can read. */
export const organisationSettingsSchema = z
  .object({
    name: z.string(),
    privacyPolicy: z.object({
      text: z.string().describe("The organisation's own words about privacy"),
      adminMayReadPrivateContent: z
        .boolean()
        .describe("Admins may read check-ins, evidence, plans and extended moments; every such read is audited"),
    }),
    version: z.number().int(),
  })
  .meta({ id: "OrganisationSettings" });

/** Changing them (admin): the version read and at least one of name and privacy policy. */
export const updateOrganisationSettingsBodySchema = z.object({
  version: versionField,
  name: nameField.optional(),
  privacyPolicy: z
    .object({
      text: z.string().max(20_000).optional(),
      adminMayReadPrivateContent: z.boolean().optional(),
    })
    .optional(),
});
