/** Schemas of the weekly digest setting. */
import { z } from "zod";

/** `PUT /api/v1/me/digest`. */
export const digestSettingsBodySchema = z.object({
  weeklyDigest: z.boolean().describe("true: mail me my nudges once a week (the default); false: do not"),
});

/** The setting as answered. */
export const digestSettingsSchema = z
  .object({
    weeklyDigest: z.boolean(),
    mailConfigured: z.boolean().describe("False when the server sends no mail at all (no ASCENT_SMTP_URL)"),
  })
  .meta({ id: "DigestSettings" });
