/** Schemas of the signed-in account. */
import { z } from "zod";
import { newPasswordField, passwordField } from "../common.schema.js";

/** Who is signed in. */
export const meSchema = z
  .object({
    accountId: z.string(),
    personId: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(["admin", "leader"])).describe("Granted roles; mentor and lead come from relationships"),
    may: z
      .object({
        administer: z.boolean().describe("Manage people, teams, roles, settings, the framework, imports and exports"),
        oversee: z.boolean().describe("See every team and person, not only one's own reach"),
      })
      .describe("What the access gate grants over the whole organisation: the web offers what these allow"),
    via: z.enum(["session", "token"]),
    scopes: z.array(z.enum(["read", "write"])),
    csrfToken: z.string().nullable().describe("For cookie sessions: send as x-csrf-token on writes"),
  })
  .meta({ id: "Me" });

/** Changing one's password. */
export const changePasswordBodySchema = z.object({
  currentPassword: passwordField,
  newPassword: newPasswordField,
});
