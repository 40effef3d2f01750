/** Field schemas shared by several resources, so every form names and limits them the same way. */
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../app/identity/passwords/password-policy.js";

/** An email address (at most 254 characters, RFC 5321). */
export const emailField = z.email().max(254);

/** A new password: length is the rule. */
export const newPasswordField = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

/** A password being checked: any length up to the maximum (old passwords may predate the policy). */
export const passwordField = z.string().min(1).max(MAX_PASSWORD_LENGTH);

/** A person's name. */
export const nameField = z.string().trim().min(1).max(200);

/** An id in a path. */
export const idParam = z.string().min(1).max(64);

/** A one-time token from a link. */
export const oneTimeTokenField = z.string().min(10).max(200);

/** A new session as login, setup and invitation acceptance return it; the cookie carries the token. */
export const sessionStartedSchema = z
  .object({
    accountId: z.string(),
    expiresAt: z.string(),
    csrfToken: z.string().describe("Send as the x-csrf-token header on writes (also in the ascent_csrf cookie)"),
  })
  .meta({ id: "SessionStarted" });
