/** Schemas of loading the demo organisation. */
import { z } from "zod";

/** Nothing to choose: the demo is always seed 1, dated to the server's clock. */
export const loadDemoBodySchema = z.object({}).strict().optional();

/** What was added. */
export const loadedDemoSchema = z
  .object({
    people: z.number().int().describe("People added beside the admin"),
    checkIns: z.number().int(),
    moments: z.number().int(),
  })
  .meta({ id: "LoadedDemo" });
