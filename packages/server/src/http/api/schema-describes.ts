/**
 * A compile-time check that a response schema describes a service's result type, both ways.
 *
 * Why: the zod serialiser writes only what a response schema declares, so a field the service
 * returns but the schema forgot would silently vanish from the answer (and from the OpenAPI
 * document). Route handlers only prove one direction (the result fits the schema); this proves the
 * other and more: the shapes must be the same, so a forgotten field (optional ones too), a wrong
 * type or a nullable that is not is a type error in `npm run typecheck`, deep in nested objects too.
 *
 * Use next to the schema:
 *   export const checkInResultSchema = z.object({ … }).meta({ id: "CheckInResult" });
 *   schemaDescribes<typeof checkInResultSchema, CheckInResult>(true);
 */
import type { z } from "zod";

/** The type with `readonly` dropped everywhere, and intersections flattened, so only the shape is compared. */
type Shape<T> = T extends readonly (infer Item)[]
  ? Shape<Item>[]
  : T extends object
    ? { -readonly [Key in keyof T]: Shape<T[Key]> }
    : T;

/** Exact type equality (the conditional-type trick: mutual assignability would let optional fields differ). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * `true` when the schema's output and `Result` have the same shape: the same fields (optional ones
 * too), the same types and nullability, at every depth; `readonly` is ignored.
 */
export type Describes<Schema extends z.ZodType, Result> = Same<Shape<z.output<Schema>>, Shape<Result>>;

/** Compiles only when `Schema` describes `Result` (pass `true`); does nothing at run time. */
export function schemaDescribes<Schema extends z.ZodType, Result>(_matches: Describes<Schema, Result>): void {}
