/** Schemas of the personal export. */
import { z } from "zod";

/** `?format=json|html&download=0|1`. */
export const personalExportQuerySchema = z
  .object({
    format: z
      .enum(["json", "html"])
      .default("json")
      .describe("json: the whole record as data; html: a readable, self-contained page with my diagrams inline"),
    download: z
      .enum(["0", "1", "true", "false"])
      .optional()
      .describe("Default 1 (attachment); 0 shows the page in the browser (inline)"),
  })
  .strict();
