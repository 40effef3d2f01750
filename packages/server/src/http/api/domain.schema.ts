/**
 * Schemas shared by the domain resources. Services validate their input themselves (naming every
 * field, see app/validation/issue-list.ts); these schemas document the shapes for OpenAPI and
 * refuse wrong JSON types early, with the same field rules (app/validation/field-rules.ts) where they
 * state the same rule, so both layers give the same reason. Response schemas describe the services' results exactly (checked at
 * compile time by schema-describes.ts), since the serialiser writes only what they declare.
 */
import { z } from "zod";
import { idRule, positiveIntegerRule } from "../../app/validation/field-rules.js";
import { idParam } from "./common.schema.js";

/** The version token an edit must quote (stale versions are refused with 409 conflict). */
export const versionField = positiveIntegerRule.describe("The version you read; a stale one gets 409 conflict");

/** Ratings by stage id. */
export const ratingsField = z.record(z.string(), z.enum(["not_yet", "emerging", "established"]));

/** Signal ticks by stage id. */
export const signalTicksField = z.record(z.string(), z.array(z.string()));

/** A list of ids. */
export const idListField = z.array(idRule.max(64)).max(500);

/** `:personId`. */
export const personIdParams = z.object({ personId: idParam });
