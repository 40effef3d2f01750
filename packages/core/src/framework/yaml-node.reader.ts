/**
 * Reading typed values out of YAML nodes while collecting issues that name the path and line.
 * The framework reader is written in terms of these, so each check is one line there.
 */
import { isAlias, isMap, isScalar, isSeq } from "yaml";
import { closestName } from "./did-you-mean.js";
import type { FrameworkIssue } from "./framework.types.js";
import { fieldPath, itemPath } from "./framework-issue.js";
import { MAX_ID_LENGTH, SLUG_PATTERN, SLUG_RULE } from "./framework-limits.js";
import { type FrameworkSource, lineAt } from "./read-framework-source.js";

/** The source being read and the issues found so far (the only mutable state, local to one parse). */
export interface ReadContext {
  readonly source: FrameworkSource;
  readonly issues: FrameworkIssue[];
}

/** A value found in the document: its node (aliases followed), path and line. */
export interface Located {
  readonly node: unknown;
  readonly path: string;
  readonly line: number | undefined;
}

/** The fields of a mapping, by name, after unknown and duplicate fields were reported. */
export interface Fields {
  readonly path: string;
  readonly line: number | undefined;
  readonly byName: ReadonlyMap<string, Located>;
}

/** Records an issue. */
export function report(ctx: ReadContext, path: string, line: number | undefined, reason: string): void {
  ctx.issues.push(line === undefined ? { path, reason } : { path, line, reason });
}

/** The 1-based line where a node starts, when it has a source range. */
export function lineOfNode(ctx: ReadContext, node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range;
  return range?.[0] === undefined ? undefined : lineAt(ctx.source.lineCounter, range[0]);
}

/** What a node is, in words, for "found …" in a reason. */
export function describeNode(node: unknown): string {
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || value === undefined) return "nothing";
    if (typeof value === "number" || typeof value === "bigint") return `the number ${scalarSource(node)}`;
    if (typeof value === "boolean") return `${scalarSource(node)} (true/false)`;
    if (typeof value === "string") return "text";
  }
  return "something else";
}

/** Follows an alias (`*name`) to the node it stands for; a dangling alias is reported and reads as nothing. */
export function resolveNode(ctx: ReadContext, node: unknown, path: string): unknown {
  if (!isAlias(node)) return node;
  const target = node.resolve(ctx.source.doc);
  if (target === undefined) report(ctx, path, lineOfNode(ctx, node), `the alias *${node.source} names no anchor`);
  return target;
}

/** True when the node holds no value (absent, `~`, or a key with nothing after it). */
export function isEmptyNode(node: unknown): boolean {
  return node === undefined || node === null || (isScalar(node) && (node.value === null || node.value === undefined));
}

/**
 * Reads a mapping whose fields must be among `allowed`; reports unknown fields (with a suggestion
 * when one is close), duplicate fields and non-text field names. Undefined when it is not a mapping.
 */
export function readFields(
  ctx: ReadContext,
  located: Located,
  allowed: readonly string[],
  what: string,
): Fields | undefined {
  const { node, path, line } = located;
  if (!isMap(node)) {
    report(ctx, path, line, `must be ${what} (a mapping with ${allowed.join(", ")}), found ${describeNode(node)}`);
    return undefined;
  }
  const byName = new Map<string, Located>();
  for (const pair of node.items) {
    const keyLine = lineOfNode(ctx, pair.key) ?? line;
    if (!isScalar(pair.key) || typeof pair.key.value !== "string") {
      report(ctx, path, keyLine, `field names must be text, found ${describeNode(pair.key)}`);
      continue;
    }
    const name = pair.key.value;
    const namePath = fieldPath(path, name);
    if (!allowed.includes(name)) {
      const suggestion = closestName(name, allowed);
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `the fields allowed here are ${allowed.join(", ")}`;
      report(ctx, namePath, keyLine, `unknown field; ${hint}`);
      continue;
    }
    const earlier = byName.get(name);
    if (earlier) {
      const where = earlier.line === undefined ? "" : ` on line ${earlier.line}`;
      report(ctx, namePath, keyLine, `duplicate field; \`${name}\` is already set${where}`);
      continue;
    }
    const value = resolveNode(ctx, pair.value, namePath);
    // The key's line, not the value's: a block list or mapping only starts on the line below its key.
    byName.set(name, { node: value, path: namePath, line: keyLine });
  }
  return { path, line, byName };
}

/** A field's value, or an absent placeholder (at the mapping's line) so missing fields can be reported there. */
export function field(fields: Fields, name: string): Located {
  return fields.byName.get(name) ?? { node: undefined, path: fieldPath(fields.path, name), line: fields.line };
}

/** Reads text; trims it (YAML block scalars end with a newline that is not content). Undefined when invalid. */
export function readText(
  ctx: ReadContext,
  located: Located,
  rule: { readonly required: boolean; readonly maxLength: number },
): string | undefined {
  const { node, path, line } = located;
  if (node === undefined && rule.required) {
    report(ctx, path, line, "required field is missing");
    return undefined;
  }
  if (isEmptyNode(node)) {
    if (rule.required) report(ctx, path, line, "must not be empty");
    return rule.required ? undefined : "";
  }
  if (!isScalar(node) || typeof node.value !== "string") {
    const found = describeNode(node);
    const hint = isScalar(node) ? `; write it in quotes if you mean the text: "${scalarSource(node)}"` : "";
    report(ctx, path, line, `must be text, found ${found}${hint}`);
    return undefined;
  }
  const text = node.value.trim();
  if (text === "" && rule.required) {
    report(ctx, path, line, "must not be empty");
    return undefined;
  }
  if (text.length > rule.maxLength) {
    report(ctx, path, line, `is ${text.length} characters long; at most ${rule.maxLength} are allowed`);
    return undefined;
  }
  return text;
}

/** Reads a required id: a slug of at most MAX_ID_LENGTH characters. Undefined when invalid. */
export function readId(ctx: ReadContext, located: Located): string | undefined {
  const { node, path, line } = located;
  // Ids are not trimmed: a space in an id is a mistake worth hearing about, not tidying away.
  const text = readText(ctx, located, { required: true, maxLength: Number.POSITIVE_INFINITY });
  if (text === undefined) return undefined;
  const id = isScalar(node) ? String(node.value) : text;
  if (id.length > MAX_ID_LENGTH) {
    report(ctx, path, line, `is ${id.length} characters long; ids may have at most ${MAX_ID_LENGTH}`);
    return undefined;
  }
  if (!SLUG_PATTERN.test(id)) {
    report(ctx, path, line, `must be a slug (${SLUG_RULE}), found "${id}"`);
    return undefined;
  }
  return id;
}

/**
 * Reads a list; each item comes back with its path and line. An absent or empty value is an empty list
 * (reported when `required`, as "must list at least one <noun>").
 */
export function readList(
  ctx: ReadContext,
  located: Located,
  rule: { readonly required: boolean; readonly noun: string },
): readonly Located[] {
  const { node, path, line } = located;
  if (node === undefined && rule.required) {
    report(ctx, path, line, `required field is missing; it must list at least one ${rule.noun}`);
    return [];
  }
  if (isEmptyNode(node)) {
    if (rule.required) report(ctx, path, line, `must list at least one ${rule.noun}`);
    return [];
  }
  if (!isSeq(node)) {
    report(ctx, path, line, `must be a list of ${rule.noun}s, found ${describeNode(node)}`);
    return [];
  }
  if (node.items.length === 0 && rule.required) report(ctx, path, line, `must list at least one ${rule.noun}`);
  return node.items.map((item, index) => {
    const itemAt = itemPath(path, index);
    return { node: resolveNode(ctx, item, itemAt), path: itemAt, line: lineOfNode(ctx, item) ?? line };
  });
}

function scalarSource(node: { readonly source?: string; readonly value: unknown }): string {
  return node.source ?? String(node.value);
}
