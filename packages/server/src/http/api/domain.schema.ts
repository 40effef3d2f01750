/**
 * Schemas shared by the domain resources. Services validate their input themselves (naming every
 * field, see app/validation/issue-list.ts); these schemas document the shapes for OpenAPI and
 * refuse wrong JSON types early. Responses are the services' results as they are.
 */
import { z } from "zod";
import { idParam } from "./common.schema.js";

/** The version token an edit must quote (stale versions are refused with 409 conflict). */
export const versionField = z.number().int().positive().describe("The version you read; a stale one gets 409 conflict");

/** A domain record as a service returns it (documented in docs/model.md; the shape is the core's type). */
// `any`, not an object schema: service results are interfaces, which TypeScript will not match
// against an index signature; their types are checked where the services build them.
export const recordResultSchema = z.any().describe("The record and its `version` (see docs/model.md)");

/** Ratings by stage id. */
export const ratingsField = z.record(z.string(), z.enum(["not_yet", "emerging", "established"]));

/** Signal ticks by stage id. */
export const signalTicksField = z.record(z.string(), z.array(z.string()));

/** A list of ids. */
export const idListField = z.array(z.string().min(1).max(64)).max(500);

/** `:personId`. */
export const personIdParams = z.object({ personId: idParam });
