/**
 * Compiled response serialisation for hot routes. The zod serialiser (create-server.ts) checks
 * every answer against its schema, then runs JSON.stringify: about 16 µs for a small object. A
 * route whose response schemas are plain data (objects, strings, numbers, nulls) can opt in to a
 * serialiser compiled once from the same schemas' JSON Schema by fast-json-stringify (Fastify's own
 * compiler): about 3 µs. Like zod it writes only the declared properties, and a missing required
 * one is still an error (500); unlike zod it does not check the values' types, which TypeScript
 * already ties to the schema at the route. The OpenAPI description keeps using the zod schemas.
 */
import { createRequire } from "node:module";
import type { FastifySerializerCompiler } from "fastify";
import { z } from "zod";

type Stringify = (data: unknown) => string;

/** fast-json-stringify, resolved from Fastify so it is the very version Fastify compiles with. */
function loadFastJsonStringify(): (schema: object) => Stringify {
  const fromHere = createRequire(import.meta.url);
  const fromFastify = createRequire(fromHere.resolve("fastify"));
  return fromFastify("fast-json-stringify") as (schema: object) => Stringify;
}

let fastJsonStringify: ((schema: object) => Stringify) | undefined;

/** A serialiser compiled from a zod schema; throws when the schema has no JSON Schema form. */
export function compileSerializer(schema: z.ZodType): Stringify {
  fastJsonStringify ??= loadFastJsonStringify();
  return fastJsonStringify(z.toJSONSchema(schema, { io: "output", unrepresentable: "throw", target: "draft-7" }));
}

/**
 * For a route's `serializerCompiler`: compiles each of its response schemas once, at startup.
 * Fastify calls it per response status with that status's (zod) schema; its type names the route's.
 */
export function compiledSerializerCompiler<T>(route: Parameters<FastifySerializerCompiler<T>>[0]): Stringify {
  return compileSerializer(route.schema as unknown as z.ZodType);
}
