/** Schemas of diagrams. */
import { z } from "zod";

/** The diagrams drawn from the framework alone (the model's first four pictures). */
export const FRAMEWORK_DIAGRAMS = ["levels", "axis", "zigzag", "diagonal"] as const;

/** `:kind`. */
export const frameworkDiagramParamsSchema = z.object({ kind: z.enum(FRAMEWORK_DIAGRAMS) });

/** `?format=&theme=&width=&labels=&scale=`: the renderer's options. */
export const diagramQuerySchema = z.object({
  format: z.enum(["svg", "png"]).default("svg"),
  theme: z.enum(["light", "dark"]).optional(),
  width: z.coerce.number().int().min(360).max(4000).optional(),
  labels: z.enum(["true", "false"]).optional(),
  scale: z.coerce.number().min(1).max(4).optional().describe("PNG pixel density"),
});
