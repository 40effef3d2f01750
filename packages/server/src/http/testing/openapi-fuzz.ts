/**
 * Property-based requests from the OpenAPI description: for one operation, fast-check builds
 * requests that are valid-ish (bodies shaped by the operation's schema, then mutated) or plainly
 * malformed (wrong types, missing and extra fields, huge strings, unicode, nulls, deep nesting,
 * non-JSON, wrong content types; path ids that do not exist, traversal, very long or unicode
 * ids; odd query strings; bad cookies, Authorization and x-csrf-token headers).
 *
 * Values that should name a real record are drawn as `{ [POOL]: n }` and resolved when the
 * request is sent against ids harvested from the database and from earlier answers, so the fuzz
 * reaches past "not found" into the services.
 */
import fc from "fast-check";

/** JSON Schema, as much of it as the generated description uses. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly format?: string;
}

/** One operation of the description. */
export interface FuzzOperation {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The OpenAPI path, e.g. `/api/v1/notes/{noteId}`. */
  readonly path: string;
  readonly pathParams: readonly { name: string; schema: JsonSchema }[];
  readonly queryParams: readonly { name: string; schema: JsonSchema }[];
  /** The JSON body schema, when the operation takes a body. */
  readonly body: JsonSchema | null;
}

/** Every operation of an OpenAPI 3.1 document. */
export function operationsOf(doc: {
  paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: unknown }>>;
}): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const upper = method.toUpperCase();
      if (!["GET", "POST", "PUT", "PATCH", "DELETE"].includes(upper)) continue;
      const parameters = (op.parameters ?? []) as { in: string; name: string; schema: JsonSchema }[];
      const body = op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined;
      operations.push({
        method: upper as FuzzOperation["method"],
        path,
        pathParams: parameters.filter((p) => p.in === "path").map((p) => ({ name: p.name, schema: p.schema })),
        queryParams: parameters.filter((p) => p.in === "query").map((p) => ({ name: p.name, schema: p.schema })),
        body: body?.content?.["application/json"]?.schema ?? null,
      });
    }
  }
  return operations;
}

/** The key of a value to take from the id pool when the request is sent. */
export const POOL = "__fuzzPool__";

/** Printable ASCII (header values cannot carry control characters). */
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });

/** Strings that tend to break things. */
const nastyString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "null",
    "undefined",
    "NaN",
    "-1",
    "0",
    "1e309",
    "true",
    "__proto__",
    "constructor",
    "../../../../etc/passwd",
    "..\\..\\windows",
    "%00",
    "\u0000",
    "\uFEFF",
    "\uD800",
    "💥🧨",
    "Ω≈ç√∫",
    "<script>alert(1)</script>",
    "'; DROP TABLE person; --",
    "#{7*7}",
    "2026-13-45T99:99:99Z",
    "2026-06-01T09:00:00.000Z",
    "1970-01-01T00:00:00.000Z",
    "9999-12-31T23:59:59.999Z",
    "a@b",
    "ada@example.test",
    "p-member@example.test",
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: 1, max: 30_000 }).map((n) => "x".repeat(n)),
  fc.integer({ min: 1, max: 3_000 }).map((n) => "💥".repeat(n)),
);

/** A value drawn from the pool of real ids. */
const pooled = fc.nat().map((n) => ({ [POOL]: n }));

/** Any JSON-ish value, including deep nesting. */
const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, 1e308, -0) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 10, max: 2_000 }).map((depth) => {
      let v: unknown = 1;
      for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
      return v;
    }),
  },
  { weight: 1, arbitrary: pooled },
);

function resolveRef(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split("/").pop() ?? "";
  return components[name] ?? {};
}

/** A value shaped by `schema`: mostly valid, sometimes a near miss. */
export function shapedValue(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  depth = 0,
  key = "",
): fc.Arbitrary<unknown> {
  const s = resolveRef(schema, components);
  if (depth > 6) return wildValue;
  const hinted = hintFor(key, s);
  if (hinted) return fc.oneof({ weight: 4, arbitrary: hinted }, shapedValue(schema, components, depth + 1));
  if (s.const !== undefined) return fc.oneof({ weight: 5, arbitrary: fc.constant(s.const) }, wildValue);
  if (s.enum) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...s.enum) }, nastyString);
  const union = s.anyOf ?? s.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((u) => shapedValue(u, components, depth + 1)));
  if (s.allOf && s.allOf.length > 0) return shapedValue(s.allOf[0]!, components, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case "string":
      return fc.oneof(
        { weight: 4, arbitrary: pooled },
        {
          weight: 3,
          arbitrary: fc.string({
            minLength: Math.min(s.minLength ?? 0, 40),
            maxLength: Math.max(Math.min(s.maxLength ?? 40, 40), Math.min(s.minLength ?? 0, 40)),
          }),
        },
        { weight: 2, arbitrary: nastyString },
        {
          weight: 1,
          arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        },
      );
    case "integer":
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 50, 1_000_000) }) },
        { weight: 1, arbitrary: fc.integer() },
        { weight: 1, arbitrary: fc.constantFrom(0, -1, 1, 2, 3, 1.5, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2) },
      );
    case "number":
      return fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -5, max: 50 }));
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const item = s.items ? shapedValue(s.items, components, depth + 1, key.replace(/Ids$/, "Id")) : wildValue;
      return fc.array(item, { maxLength: Math.min(s.maxItems ?? 5, 5) });
    }
    case "object": {
      const properties = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, sub] of Object.entries(properties))
        record[name] = shapedValue(sub, components, depth + 1, name);
      const optional = Object.keys(properties).filter((k) => !required.has(k));
      const base = fc.record(record, { requiredKeys: [...required].filter((k) => k in record) as never[] });
      if (s.additionalProperties && typeof s.additionalProperties === "object") {
        const extra = fc.dictionary(
          fc.oneof(
            pooled.map((p) => JSON.stringify(p)),
            fc.string({ maxLength: 12 }),
          ),
          shapedValue(s.additionalProperties, components, depth + 1),
          { maxKeys: 4 },
        );
        return fc.tuple(base, extra).map(([b, e]) => ({ ...e, ...b }));
      }
      return optional.length === 0 && Object.keys(properties).length === 0
        ? fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), wildValue, { maxKeys: 3 }))
        : base;
    }
    default:
      return wildValue;
  }
}

/** Likely-valid values for fields whose name says what they hold (ids, versions, dates, emails). */
function hintFor(key: string, schema: JsonSchema): fc.Arbitrary<unknown> | null {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === "string" && (key === "id" || key.endsWith("Id"))) return pooled;
  if (type === "integer" && key === "version") return fc.integer({ min: 1, max: 4 });
  if (type === "string" && /^(at|.*On|.*At)$/.test(key)) {
    return fc
      .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2027-01-01T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (type === "string" && key === "email") return fc.emailAddress();
  return null;
}

/** A mutation applied to a schema-shaped object. */
const mutation: fc.Arbitrary<MutationValue> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("none" as const) }) },
  fc.record({ kind: fc.constant("drop" as const), index: fc.nat() }),
  fc.record({ kind: fc.constant("retype" as const), index: fc.nat(), value: wildValue }),
  fc.record({ kind: fc.constant("extra" as const), key: fc.string({ maxLength: 20 }), value: wildValue }),
  fc.record({ kind: fc.constant("nullify" as const), index: fc.nat() }),
);

function mutate(value: unknown, m: MutationValue): unknown {
  if (m.kind === "none" || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (m.kind === "extra") {
    copy[m.key] = m.value;
    return copy;
  }
  if (keys.length === 0) return copy;
  const key = keys[m.index % keys.length]!;
  if (m.kind === "drop") delete copy[key];
  else if (m.kind === "nullify") copy[key] = null;
  else copy[key] = m.value;
  return copy;
}

type MutationValue =
  | { kind: "none" }
  | { kind: "drop"; index: number }
  | { kind: "retype"; index: number; value: unknown }
  | { kind: "extra"; key: string; value: unknown }
  | { kind: "nullify"; index: number };

/** What is sent as the body. */
export type FuzzBody =
  | { readonly kind: "none" }
  | { readonly kind: "json"; readonly value: unknown; readonly contentType: string | null }
  | { readonly kind: "raw"; readonly text: string; readonly contentType: string | null };

const jsonContentType = fc.constantFrom<string | null>(
  "application/json",
  "application/json",
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/json; charset=latin1",
  "text/plain",
  "text/csv",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/vnd.api+json",
  "",
  null,
);

const rawText = fc.oneof(
  fc.constantFrom(
    "{",
    "}",
    "[1,2",
    '{"a":1,}',
    "nul",
    "NaN",
    "undefined",
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"admin":true}}}',
    "a=1&b=2",
    "name,email\nAda,ada@example.test\n",
    "\uFEFF{}",
    '"just a string"',
    "12345678901234567890123456789",
    "<xml/>",
  ),
  printable,
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.integer({ min: 1, max: 600 }).map((n) => "[".repeat(n)),
  fc.constant("x".repeat(1024 * 1024 + 10)),
);

/** Bodies for `op`: schema-shaped and mutated, wild JSON, or not JSON at all. */
export function bodyOf(op: FuzzOperation, components: Record<string, JsonSchema>): fc.Arbitrary<FuzzBody> {
  const shaped = op.body ? shapedValue(op.body, components) : fc.constant({});
  return fc.oneof(
    {
      weight: op.body ? 6 : 1,
      arbitrary: fc
        .tuple(shaped, mutation)
        .map(([value, m]): FuzzBody => ({ kind: "json", value: mutate(value, m), contentType: "application/json" })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(wildValue, jsonContentType)
        .map(([value, contentType]): FuzzBody => ({ kind: "json", value, contentType })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(rawText, jsonContentType).map(
        ([text, contentType]): FuzzBody => ({
          kind: "raw",
          text,
          contentType,
        }),
      ),
    },
    { weight: op.body ? 1 : 4, arbitrary: fc.constant<FuzzBody>({ kind: "none" }) },
  );
}

/** A path parameter: a real id, a made-up one, or a hostile one (sent raw or encoded). */
export type FuzzPathValue = { readonly raw: boolean; readonly value: string | { readonly [POOL]: number } };

const pathValue: fc.Arbitrary<FuzzPathValue> = fc.oneof(
  { weight: 5, arbitrary: pooled.map((value) => ({ raw: false, value })) },
  { weight: 2, arbitrary: fc.uuid().map((value) => ({ raw: false, value })) },
  { weight: 2, arbitrary: nastyString.map((value) => ({ raw: false, value })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        "..",
        "../..",
        "..%2F..%2Fetc%2Fpasswd",
        "%2e%2e%2f%2e%2e%2f",
        "%2E%2E",
        "..;/admin",
        "%",
        "%ZZ",
        "%E0%A4%A",
        "%C0%AF",
        "%00",
        "%FF%FE",
        "%ED%A0%80",
        "a/b",
        "a?b=c",
        "a#b",
        "~",
        "%20",
        "+",
      )
      .map((value) => ({ raw: true, value })),
  },
  { weight: 1, arbitrary: fc.integer({ min: 65, max: 20_000 }).map((n) => ({ raw: false, value: "i".repeat(n) })) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).map((value) => ({ raw: false, value })),
  },
);

/** One query parameter, possibly repeated, possibly sent raw. */
export type FuzzQuery = readonly { readonly name: string; readonly value: string; readonly raw: boolean }[];

function queryValue(schema: JsonSchema, components: Record<string, JsonSchema>): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: shapedValue(schema, components).map((v) => (typeof v === "string" ? v : (JSON.stringify(v) ?? ""))),
    },
    { weight: 2, arbitrary: nastyString },
    { weight: 1, arbitrary: fc.constantFrom("", "-1", "0", "1e9", "NaN", "Infinity", "0x10", "1.5", "[]", "{}") },
  );
}

function queryOf(op: FuzzOperation, components: Record<string, JsonSchema>): fc.Arbitrary<FuzzQuery> {
  const declared = op.queryParams.map((p) =>
    fc.option(
      fc
        .array(queryValue(p.schema, components), { minLength: 1, maxLength: 3 })
        .map((values) => values.map((value) => ({ name: p.name, value, raw: false }))),
      { freq: 3 },
    ),
  );
  const extra = fc.array(
    fc.oneof(
      fc.record({ name: fc.string({ maxLength: 10 }), value: nastyString, raw: fc.constant(false) }),
      fc.record({
        name: fc.constantFrom("__proto__", "constructor", "a[b]", "a[]", "%zz", "&&", "=", "format"),
        value: fc.constantFrom("x", "%", "%zz", "", "=", "&"),
        raw: fc.constant(true),
      }),
    ),
    { maxLength: 3 },
  );
  return fc.tuple(fc.tuple(...declared), extra).map(([d, e]) => [...d.flatMap((x) => x ?? []), ...e]);
}

/** How the request authenticates. */
export type FuzzAuth =
  | { readonly kind: "actor" }
  | { readonly kind: "actor-no-csrf" }
  | { readonly kind: "actor-bad-csrf"; readonly csrf: string }
  | { readonly kind: "bad-cookie"; readonly cookie: string }
  | { readonly kind: "bad-authorization"; readonly authorization: string; readonly withActor: boolean };

const authOf: fc.Arbitrary<FuzzAuth> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<FuzzAuth>({ kind: "actor" }) },
  { weight: 1, arbitrary: fc.constant<FuzzAuth>({ kind: "actor-no-csrf" }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(printable, fc.constantFrom("", " ", "undefined", "a".repeat(5000)))
      .map((csrf): FuzzAuth => ({ kind: "actor-bad-csrf", csrf })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        printable.map((v) => `ascent_session=${v}`),
        fc.constantFrom(
          "ascent_session=",
          "ascent_session=%",
          "ascent_session=%E0%A4%A",
          "ascent_session=ascs_0000",
          "ascent_session=a; ascent_session=b",
          ";;;==;",
          "=",
          "ascent_csrf=x",
          `ascent_session=${"z".repeat(8000)}`,
        ),
        printable,
      )
      .map((cookie): FuzzAuth => ({ kind: "bad-cookie", cookie })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(
          printable.map((v) => `Bearer ${v}`),
          printable.map((v) => `Bearer asc_${v}`),
          fc.constantFrom("Bearer", "Bearer ", "bearer asc_", "Basic YWRhOnB3", "Bearer a b", "", " ", "Token x"),
          printable,
        ),
        fc.boolean(),
      )
      .map(([authorization, withActor]): FuzzAuth => ({ kind: "bad-authorization", authorization, withActor })),
  },
);

/** An Origin header, or none. */
const originOf = (own: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant<string | null>(null) },
    { weight: 2, arbitrary: fc.constant<string | null>(own) },
    { weight: 1, arbitrary: fc.constantFrom<string | null>("null", "https://evil.example", "", "http://127.0.0.1:1") },
  );

/** A whole request for one operation. */
export interface FuzzRequest {
  readonly path: readonly FuzzPathValue[];
  readonly query: FuzzQuery;
  readonly body: FuzzBody;
  readonly auth: FuzzAuth;
  readonly origin: string | null;
  readonly accept: string | null;
}

/** Requests for `op`. */
export function requestOf(
  op: FuzzOperation,
  components: Record<string, JsonSchema>,
  ownOrigin: string,
): fc.Arbitrary<FuzzRequest> {
  return fc.record({
    path: fc.tuple(...op.pathParams.map(() => pathValue)),
    query: queryOf(op, components),
    body: bodyOf(op, components),
    auth: authOf,
    origin: originOf(ownOrigin),
    accept: fc.option(fc.constantFrom("*/*", "application/json", "text/html", "image/png", "", "x/y;q=foo"), {
      freq: 4,
    }),
  });
}

/** Replaces every `{ [POOL]: n }` in `value` by an id of `pool`. */
export function resolvePooled(value: unknown, pool: readonly string[]): unknown {
  if (value === null || typeof value !== "object") return value;
  const n = (value as { [POOL]?: unknown })[POOL];
  if (typeof n === "number" && Object.keys(value).length === 1) {
    return pool.length === 0 ? "missing" : pool[n % pool.length];
  }
  if (Array.isArray(value)) return value.map((v) => resolvePooled(v, pool));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [resolveKey(k, pool), resolvePooled(v, pool)]));
}

function resolveKey(key: string, pool: readonly string[]): string {
  if (!key.startsWith(`{"${POOL}"`)) return key;
  try {
    return String(resolvePooled(JSON.parse(key), pool));
  } catch {
    return key;
  }
}

/** encodeURIComponent that survives lone surrogates (sent as U+FFFD, as a browser would). */
function encode(value: string): string {
  return encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"),
  );
}

/** The URL of a request: path parameters filled in, query appended. */
export function urlOf(op: FuzzOperation, request: FuzzRequest, pool: readonly string[]): string {
  let url = op.path;
  op.pathParams.forEach((param, i) => {
    const given = request.path[i]!;
    const value = typeof given.value === "string" ? given.value : String(resolvePooled(given.value, pool));
    url = url.replace(`{${param.name}}`, given.raw ? value : encode(value));
  });
  if (request.query.length === 0) return url;
  const query = request.query
    .map((q) => (q.raw ? `${q.name}=${q.value}` : `${encode(q.name)}=${encode(q.value)}`))
    .join("&");
  return `${url}?${query}`;
}

/** Collects ids from an answer (`id` and `…Id` fields) into `pool`, up to `max`. */
export function harvestIds(value: unknown, pool: string[], max = 400): void {
  if (value === null || typeof value !== "object" || pool.length >= max) return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 20)) harvestIds(v, pool, max);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string" && (key === "id" || key.endsWith("Id")) && v.length <= 64 && !pool.includes(v)) {
      pool.push(v);
    } else if (typeof v === "object") harvestIds(v, pool, max);
  }
}
