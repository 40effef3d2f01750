/**
 * Builders for framework tests: a valid framework source as plain data (to be spoilt one field at a
 * time), written out as YAML or JSON, and a parse that fails loudly.
 */
import { stringify } from "yaml";
import type { Framework } from "./framework.types.js";
import { formatFrameworkIssue } from "./framework-issue.js";
import { parseFramework } from "./parse-framework.js";
import type { FrameworkFormat } from "./read-framework-source.js";

/** A framework source document as plain data, before parsing. */
// biome-ignore lint/suspicious/noExplicitAny: tests spoil these documents in every possible way.
export type SourceDoc = Record<string, any>;

/** A valid two-level source: Self (awareness, ownership) and Team (awareness, ownership). */
export function buildSourceDoc(): SourceDoc {
  const stage = (id: string, name: string) => ({
    id,
    name,
    summary: `${name} in one line.`,
    description: `What ${name.toLowerCase()} looks like.`,
    signals: [{ id: `${id}.first`, text: `First sign of ${id}.` }, `Second sign of ${id}.`],
    pitfalls: [`A trap at ${id}.`],
    actions: [`A step towards ${id}.`],
  });
  return {
    id: "test-progression",
    name: "Test Progression",
    version: "1.0.0",
    description: "A small framework for tests.",
    levels: [
      {
        id: "self",
        name: "Self",
        description: "Own work.",
        stages: [stage("self-awareness", "Awareness"), stage("self-ownership", "Ownership")],
      },
      {
        id: "team",
        name: "Team & system",
        description: "One team.",
        stages: [stage("team-awareness", "Awareness"), stage("team-ownership", "Ownership")],
      },
    ],
  };
}

/** The document as text in the given format, the way a person would write it. */
export function writeSource(doc: SourceDoc, format: FrameworkFormat): string {
  return format === "json" ? JSON.stringify(doc, null, 2) : stringify(doc);
}

/** The 1-based line of the `nth` line that contains `snippet`; throws when there is none, so tests stay honest. */
export function lineContaining(text: string, snippet: string, nth = 1): number {
  let seen = 0;
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (line.includes(snippet) && ++seen === nth) return index + 1;
  }
  throw new Error(`no line ${nth} containing ${JSON.stringify(snippet)} in:\n${text}`);
}

/** Parses text that must be valid; a failure throws with every issue, which reads well in a test report. */
export function parseValid(text: string, format?: FrameworkFormat): Framework {
  const result = parseFramework(text, format ? { format } : {});
  if (!result.ok) throw new Error(result.errors.map((issue) => formatFrameworkIssue(issue)).join("\n"));
  return result.framework;
}

/** A stage for buildParsedFramework: an id, or an id with what it replaces and optional text. */
export type StageSpec =
  | string
  | { readonly id: string; readonly replaces?: readonly string[]; readonly summary?: string };

/** A parsed framework with the given stages per level (names derived from the ids). */
export function buildParsedFramework(levels: readonly (readonly StageSpec[])[], version = "1.0.0"): Framework {
  const doc = {
    id: "built",
    name: "Built",
    version,
    levels: levels.map((stages, index) => ({
      id: `level-${index + 1}`,
      name: `Level ${index + 1}`,
      stages: stages.map((spec) => {
        const stage = typeof spec === "string" ? { id: spec } : spec;
        return { name: stage.id.toUpperCase(), ...stage };
      }),
    })),
  };
  return parseValid(JSON.stringify(doc), "json");
}
