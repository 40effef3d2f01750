/** Schemas of invitations. */
import { z } from "zod";
import { emailField, idParam, nameField, newPasswordField, oneTimeTokenField } from "../common.schema.js";

/** Inviting: an existing person by id, or a new one by name. */
export const inviteBodySchema = z.object({
  email: emailField,
  name: nameField.optional(),
  personId: idParam.optional(),
});

/** The invitation as created: the link is shown once, for the admin to copy. */
export const createdInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  personId: z.string(),
  link: z.string().describe("The one-time link; shown only now"),
  expiresAt: z.string(),
  mailed: z.boolean(),
});

/** A pending invitation. */
export const pendingInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  personId: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});

/** Accepting: the token from the link and a password. */
export const acceptInvitationBodySchema = z.object({ token: oneTimeTokenField, password: newPasswordField });

/** `:invitationId`. */
export const invitationParamsSchema = z.object({ invitationId: idParam });
