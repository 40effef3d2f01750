/** Schemas of diagrams. */
import { z } from "zod";
import { KINDS_FOR } from "../../../diagram/subject-scene.js";
import { idParam } from "../common.schema.js";

/** The diagrams drawn from the framework alone (the model's first four pictures). */
export const FRAMEWORK_DIAGRAMS = ["levels", "axis", "zigzag", "diagonal"] as const;

/** `:kind`. */
export const frameworkDiagramParamsSchema = z.object({ kind: z.enum(FRAMEWORK_DIAGRAMS) });

/** `:personId/diagrams/:kind`: a person's place, path and moments. */
export const personDiagramParamsSchema = z.object({ personId: idParam, kind: z.enum(KINDS_FOR.person) });

/** `:teamId/diagrams/:kind`: a team on the grid, its pipeline. */
export const teamDiagramParamsSchema = z.object({ teamId: idParam, kind: z.enum(KINDS_FOR.team) });

/** `organisation/diagrams/:kind`: the organisation on the grid, its pipeline and chain, the framework. */
export const organisationDiagramParamsSchema = z.object({ kind: z.enum(KINDS_FOR.org) });

/** `?format=&theme=&width=&labels=&scale=&download=`: the renderer's options and how to deliver. */
export const diagramQuerySchema = z.object({
  format: z
    .enum(["svg", "png", "txt"])
    .default("svg")
    .describe("svg (image/svg+xml), png (image/png) or txt (the text equivalent, text/plain)"),
  theme: z.enum(["light", "dark"]).optional(),
  width: z.coerce.number().int().min(360).max(4000).optional(),
  labels: z.enum(["true", "false"]).optional(),
  scale: z.coerce.number().min(1).max(4).optional().describe("PNG pixel density"),
  download: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .describe("1 (or true): Content-Disposition attachment, so a browser saves the file under its name"),
});
