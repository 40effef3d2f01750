/**
 * Turns framework text (YAML or JSON) into a YAML document with source positions, or into syntax
 * issues that name their line. JSON goes through the YAML parser too, so both formats share one
 * validator and every later issue can name its line.
 */
import { type Document, isCollection, isPair, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import type { FrameworkIssue } from "./framework.types.js";
import { fieldPath, itemPath } from "./framework-issue.js";
import { MAX_SOURCE_LENGTH } from "./framework-limits.js";
import { findJsonSyntaxError } from "./json-syntax.js";

/** The two source formats; they share one structure. */
export type FrameworkFormat = "yaml" | "json";

/** A parsed document and the line index that turns its offsets into line numbers. */
export interface FrameworkSource {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** The source, or the syntax issues that stopped it from being read. */
export type FrameworkSourceResult =
  | { readonly ok: true; readonly source: FrameworkSource }
  | { readonly ok: false; readonly issues: readonly FrameworkIssue[] };

/** A broken file can yield one error per character; past this many, more would not help anyone. */
const MAX_SYNTAX_ISSUES = 20;

/**
 * The format to read `text` as: the one asked for, else the file name's extension, else JSON when the
 * text starts with "{" and YAML otherwise.
 */
export function detectFormat(text: string, format?: FrameworkFormat, fileName?: string): FrameworkFormat {
  if (format) return format;
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === "json") return "json";
  if (extension === "yaml" || extension === "yml") return "yaml";
  return text.trimStart().startsWith("{") ? "json" : "yaml";
}

/** The 1-based line of a 0-based offset. */
export function lineAt(lineCounter: LineCounter, offset: number): number {
  return lineCounter.linePos(offset).line;
}

/** Reads `text` as `format`; syntax errors come back as issues with a line and, where one is found, a path. */
export function readFrameworkSource(text: string, format: FrameworkFormat): FrameworkSourceResult {
  if (text.length > MAX_SOURCE_LENGTH) {
    const reason = `the document is ${text.length} characters long; at most ${MAX_SOURCE_LENGTH} are accepted`;
    return { ok: false, issues: [{ path: "", reason }] };
  }
  // A byte-order mark is invisible in editors; it is not part of the content.
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lineCounter = new LineCounter();

  if (format === "json") {
    const jsonError = findJsonSyntaxError(source);
    if (jsonError) {
      const line = source.slice(0, jsonError.offset).split("\n").length;
      const issue = { path: "", line, reason: `JSON syntax: ${jsonError.reason}` };
      return { ok: false, issues: [issue] };
    }
  }

  // Duplicate keys are reported by the validator, with the path and both lines, and do not stop it.
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, version: "1.2" });
  if (doc.errors.length === 0) return { ok: true, source: { doc, lineCounter } };

  const issues: FrameworkIssue[] = [];
  const linesSeen = new Set<number>();
  for (const error of doc.errors) {
    const located = locateSyntaxError(doc, lineCounter, error.code, error.message, error.pos[0]);
    // Parsers often report one slip several times on the same line; the first says it best.
    if (linesSeen.has(located.line)) continue;
    linesSeen.add(located.line);
    issues.push({
      path: located.path,
      line: located.line,
      reason: describeSyntaxError(error.code, error.message, format),
    });
    if (issues.length === MAX_SYNTAX_ISSUES) break;
  }
  return { ok: false, issues };
}

/** Where a syntax error is; an unclosed quote is placed where it opens, not where the file ends. */
function locateSyntaxError(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  code: string,
  message: string,
  offset: number,
): { path: string; line: number } {
  // Only an unclosed quote pins down its node; after other slips the parser's tree is a guess, and a
  // wrong path would mislead more than none.
  const found = isUnclosedQuote(code, message) ? nodeAtOffset(doc.contents, offset, "") : undefined;
  if (found && isScalar(found.node) && found.node.range) {
    return { path: found.path, line: lineAt(lineCounter, found.node.range[0]) };
  }
  return { path: "", line: lineAt(lineCounter, offset) };
}

/** The deepest node whose source range holds `offset`, with its path. */
function nodeAtOffset(node: unknown, offset: number, path: string): { node: Node; path: string } | undefined {
  if (!isCollection(node) && !isScalar(node)) return undefined;
  const range = node.range;
  if (!range || offset < range[0] || offset > range[2]) return undefined;
  if (isCollection(node)) {
    for (const [index, item] of node.items.entries()) {
      if (isPair(item)) {
        const key = isScalar(item.key) ? String(item.key.value) : "?";
        const inner = nodeAtOffset(item.value, offset, fieldPath(path, key));
        if (inner) return inner;
      } else {
        const inner = nodeAtOffset(item, offset, itemPath(path, index));
        if (inner) return inner;
      }
    }
  }
  return { node, path };
}

/** A parser's message in plain words; the common slips get a hint on how to fix them. */
function describeSyntaxError(code: string, message: string, format: FrameworkFormat): string {
  const prefix = format === "json" ? "JSON syntax" : "YAML syntax";
  switch (code) {
    case "MISSING_CHAR":
      if (isUnclosedQuote(code, message)) return `${prefix}: this quoted text is never closed (${message})`;
      return `${prefix}: ${message}`;
    case "TAB_AS_INDENT":
      return `${prefix}: tabs cannot indent YAML; indent with spaces`;
    case "BAD_INDENT":
      return `${prefix}: bad indentation (${message})`;
    // The parser notices these where the broken key starts; the slip is often on the line below.
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return `${prefix}: bad indentation or a missing ":", on this line or the next (${message})`;
    case "MULTIPLE_DOCS":
      return `${prefix}: the text holds more than one document (a second "---"); a framework is one document`;
    default:
      return `${prefix}: ${message}`;
  }
}

function isUnclosedQuote(code: string, message: string): boolean {
  return code === "MISSING_CHAR" && message.includes("quote");
}
