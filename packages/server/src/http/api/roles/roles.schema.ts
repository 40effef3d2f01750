/** Schemas of granted roles. */
import { z } from "zod";
import { idParam } from "../common.schema.js";

/** The granted roles a person should have (replaces the current set). */
export const setRolesBodySchema = z.object({ roles: z.array(z.enum(["admin", "leader"])).max(2) });

/** `:personId`. */
export const personParamsSchema = z.object({ personId: idParam });
