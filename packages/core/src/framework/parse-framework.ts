/**
 * Parsing a framework: text (YAML or JSON) in, a validated, frozen framework or every problem out.
 * Pure: no files are read here; the caller passes the text and, for messages, the file name.
 */
import { checkFrameworkReferences } from "./check-framework-references.js";
import { deepFreeze } from "./deep-freeze.js";
import type { Framework, FrameworkIssue, FrameworkParseResult } from "./framework.types.js";
import { frameworkContentHash } from "./framework-content-hash.js";
import { sortIssues } from "./framework-issue.js";
import { readFrameworkDocument } from "./read-framework-document.js";
import { detectFormat, type FrameworkFormat, readFrameworkSource } from "./read-framework-source.js";

/** How to read the text. */
export interface ParseFrameworkOptions {
  /** The source format; by default taken from `fileName`'s extension, else JSON when the text starts with "{". */
  readonly format?: FrameworkFormat;
  /** The file the text came from; it only picks the format. Prefix messages with it via formatFrameworkIssue. */
  readonly fileName?: string;
}

/** A hostile or badly broken file could list thousands of problems; the first ones are what a person fixes. */
const MAX_ISSUES = 200;

/**
 * Parses and validates a framework. On success the framework is deep-frozen and carries its content
 * hash; on failure every problem found is returned, in line order, each with path, line and reason.
 * Text is trimmed (YAML block scalars end with a newline); ids are not.
 */
export function parseFramework(text: string, options: ParseFrameworkOptions = {}): FrameworkParseResult {
  const format = detectFormat(text, options.format, options.fileName);
  const read = readFrameworkSource(text, format);
  if (!read.ok) return failure(read.issues);

  const issues: FrameworkIssue[] = [];
  const { content, ids } = readFrameworkDocument({ source: read.source, issues });
  issues.push(...checkFrameworkReferences(ids));
  if (issues.length > 0) return failure(issues);

  const framework: Framework = { ...content, contentHash: frameworkContentHash(content) };
  return deepFreeze({ ok: true, framework });
}

function failure(issues: readonly FrameworkIssue[]): FrameworkParseResult {
  const sorted = sortIssues(issues);
  const shown = sorted.slice(0, MAX_ISSUES);
  if (sorted.length > MAX_ISSUES) shown.push({ path: "", reason: `and ${sorted.length - MAX_ISSUES} more problems` });
  return deepFreeze({ ok: false, errors: shown });
}
