/** Schemas of API tokens. */
import { z } from "zod";
import { idParam } from "../common.schema.js";

const scope = z.enum(["read", "write"]);

/** A new token: a name to recognise it by, and its scopes (write implies read). */
export const createTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(scope).min(1).max(2),
});

/** A token as listed. */
export const tokenSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(scope),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "ApiToken" });

/** A token as created: the secret, once. */
export const createdTokenSchema = tokenSummarySchema.extend({
  token: z.string().describe("Send as Authorization: Bearer <token>; shown only now"),
});

/** `:tokenId`. */
export const tokenParamsSchema = z.object({ tokenId: idParam });
