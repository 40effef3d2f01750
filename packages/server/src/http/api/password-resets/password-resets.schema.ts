/** Schemas of password resets. */
import { z } from "zod";
import { emailField, idParam, newPasswordField, oneTimeTokenField } from "../common.schema.js";

/** Asking for a reset by email. */
export const requestResetBodySchema = z.object({ email: emailField });

/** Completing a reset from the link. */
export const completeResetBodySchema = z.object({ token: oneTimeTokenField, password: newPasswordField });

/** `:accountId`. */
export const accountParamsSchema = z.object({ accountId: idParam });

/** A reset link as an admin sees it once. */
export const createdResetSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  link: z.string().describe("The one-time link; shown only now"),
  expiresAt: z.string(),
  mailed: z.boolean(),
});
