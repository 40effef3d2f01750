/**
 * A JSON Schema (as the OpenAPI description holds it) written as a short, TypeScript-like shape
 * for people: `{ personId: string; current: Position | null }`, one field a line, with each
 * field's description as a comment. Named components become links to their own entry on the
 * docs page. Written as HTML, escaped; only what our zod schemas produce needs handling, and
 * anything else reads as `unknown` rather than failing the page.
 */

/** The JSON Schema keywords read here. */
interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly items?: JsonSchema;
  readonly properties?: Record<string, JsonSchema>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly description?: string;
}

const REF_PREFIX = "#/components/schemas/";

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The component a `$ref` names, or undefined for any other reference. */
export function componentName(ref: string): string | undefined {
  return ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : undefined;
}

/** The anchor id of a component's entry on the docs page. */
export function componentAnchor(name: string): string {
  return `schema-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** The shape of `schema` as HTML (for a <pre>); `indent` is the current depth's indentation. */
export function schemaText(schema: unknown, indent = ""): string {
  const s = (schema ?? {}) as JsonSchema;
  if (s.$ref !== undefined) {
    const name = componentName(s.$ref);
    return name === undefined ? "unknown" : `<a href="#${componentAnchor(name)}">${escapeHtml(name)}</a>`;
  }
  if (s.const !== undefined) return escapeHtml(JSON.stringify(s.const));
  if (s.enum !== undefined) return s.enum.map((value) => escapeHtml(JSON.stringify(value))).join(" | ");
  const union = s.anyOf ?? s.oneOf;
  if (union !== undefined) return union.map((member) => schemaText(member, indent)).join(" | ");
  const types = typeof s.type === "string" ? [s.type] : (s.type ?? []);
  if (types.length > 1) return types.map((type) => schemaText({ ...s, type }, indent)).join(" | ");
  switch (types[0]) {
    case "object":
      return objectText(s, indent);
    case "array":
      return `${wrapUnion(schemaText(s.items, indent))}[]`;
    case "integer":
      return "integer";
    case "string":
    case "number":
    case "boolean":
    case "null":
      return types[0];
    default:
      return "unknown";
  }
}

/** `A | B` needs brackets before `[]`. */
function wrapUnion(text: string): string {
  return text.includes(" | ") ? `(${text})` : text;
}

function objectText(s: JsonSchema, indent: string): string {
  const inner = `${indent}  `;
  const required = new Set(s.required ?? []);
  const lines = Object.entries(s.properties ?? {}).map(([name, field]) => {
    const comment = field.description ? `${inner}<span class="muted">// ${escapeHtml(field.description)}</span>\n` : "";
    const optional = required.has(name) ? "" : "?";
    return `${comment}${inner}${escapeHtml(name)}${optional}: ${schemaText(field, inner)};`;
  });
  if (typeof s.additionalProperties === "object") {
    lines.push(`${inner}[key: string]: ${schemaText(s.additionalProperties, inner)};`);
  }
  return lines.length === 0 ? "{}" : `{\n${lines.join("\n")}\n${indent}}`;
}

/** Names of the components `schema` refers to directly or through other components, in `components`. */
export function referencedComponents(schemas: readonly unknown[], components: Record<string, unknown>): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const name = componentName(value);
        if (name !== undefined && !found.has(name) && name in components) {
          found.add(name);
          visit(components[name]);
        }
      } else {
        visit(value);
      }
    }
  };
  for (const schema of schemas) visit(schema);
  return found;
}
