/** Schemas of first-run setup. */
import { z } from "zod";
import { emailField, nameField, newPasswordField } from "../common.schema.js";

/** The first admin. */
export const setupBodySchema = z.object({
  name: nameField,
  email: emailField,
  password: newPasswordField,
  organisationName: z.string().trim().min(1).max(200).optional(),
  setupToken: z
    .string()
    .max(200)
    .optional()
    .describe("The one-time token the server printed; required when it listens on anything but loopback"),
});

/** Whether setup is still open, and whether it needs the token. */
export const setupStatusSchema = z.object({
  setupDone: z.boolean(),
  setupTokenRequired: z.boolean(),
});
