/**
 * Walks a framework document field by field, reporting every problem with its path and line, and
 * builds the framework's content from what it read. Checks that span the document (duplicate ids,
 * `replaces`) are left to check-framework-references.ts, which gets every id with its place.
 */
import { isMap, isScalar } from "yaml";
import type { Level, Signal, Stage } from "./framework.types.js";
import type { FrameworkContent } from "./framework-content-hash.js";
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_ITEM_LENGTH,
  MAX_LEVELS,
  MAX_NAME_LENGTH,
  MAX_STAGES_PER_LEVEL,
  MAX_SUMMARY_LENGTH,
  MAX_VERSION_LENGTH,
} from "./framework-limits.js";
import {
  describeNode,
  type Fields,
  field,
  isEmptyNode,
  type Located,
  lineOfNode,
  type ReadContext,
  readFields,
  readId,
  readList,
  readText,
  report,
} from "./yaml-node.reader.js";

/** An id as written in the document, with where it was written. */
export interface IdOccurrence {
  readonly kind: "level" | "stage" | "signal" | "replaces";
  readonly id: string;
  readonly path: string;
  readonly line: number | undefined;
  /** For `replaces`: the stage that declares it. */
  readonly stageId?: string;
}

/** The content read (with placeholders where a value was invalid) and every id with its place. */
export interface FrameworkDocumentReading {
  readonly content: FrameworkContent;
  readonly ids: readonly IdOccurrence[];
}

const FRAMEWORK_FIELDS = ["id", "name", "version", "description", "levels"] as const;
const LEVEL_FIELDS = ["id", "name", "description", "stages"] as const;
const STAGE_FIELDS = ["id", "name", "summary", "description", "signals", "pitfalls", "actions", "replaces"] as const;
const SIGNAL_FIELDS = ["id", "text"] as const;

const NAME = { required: true, maxLength: MAX_NAME_LENGTH } as const;
const DESCRIPTION = { required: false, maxLength: MAX_DESCRIPTION_LENGTH } as const;
const ITEM = { required: true, maxLength: MAX_ITEM_LENGTH } as const;

/** Reads the whole document; issues land in `ctx.issues`. */
export function readFrameworkDocument(ctx: ReadContext): FrameworkDocumentReading {
  const ids: IdOccurrence[] = [];
  const root = ctx.source.doc.contents;
  const empty: FrameworkContent = { id: "", name: "", version: "", description: "", levels: [] };
  if (isEmptyNode(root)) {
    report(ctx, "", undefined, "the document is empty; a framework needs at least id, name, version and levels");
    return { content: empty, ids };
  }
  const rootAt: Located = { node: root, path: "", line: lineOfNode(ctx, root) };
  if (!isMap(root)) {
    report(
      ctx,
      "",
      rootAt.line,
      `the document must be a mapping with id, name, version and levels, found ${describeNode(root)}`,
    );
    return { content: empty, ids };
  }
  const fields = readFields(ctx, rootAt, FRAMEWORK_FIELDS, "a framework");
  if (!fields) return { content: empty, ids };

  const levelsAt = field(fields, "levels");
  const levelItems = readList(ctx, levelsAt, { required: true, noun: "level" });
  if (levelItems.length > MAX_LEVELS) {
    report(
      ctx,
      levelsAt.path,
      levelsAt.line,
      `has ${levelItems.length} levels; at most ${MAX_LEVELS} are allowed, the most the diagrams can draw`,
    );
  }
  const content: FrameworkContent = {
    id: readId(ctx, field(fields, "id")) ?? "",
    name: readText(ctx, field(fields, "name"), NAME) ?? "",
    version: readText(ctx, field(fields, "version"), { required: true, maxLength: MAX_VERSION_LENGTH }) ?? "",
    description: readText(ctx, field(fields, "description"), DESCRIPTION) ?? "",
    levels: levelItems.map((item) => readLevel(ctx, item, ids)),
  };
  return { content, ids };
}

function readLevel(ctx: ReadContext, at: Located, ids: IdOccurrence[]): Level {
  const fields = readFields(ctx, at, LEVEL_FIELDS, "a level");
  if (!fields) return { id: "", name: "", description: "", stages: [] };
  const id = readId(ctx, field(fields, "id"));
  if (id !== undefined) ids.push({ kind: "level", id, ...place(field(fields, "id")) });
  const stagesAt = field(fields, "stages");
  const stageItems = readList(ctx, stagesAt, { required: true, noun: "stage" });
  if (stageItems.length > MAX_STAGES_PER_LEVEL) {
    report(
      ctx,
      stagesAt.path,
      stagesAt.line,
      `has ${stageItems.length} stages; a level may have at most ${MAX_STAGES_PER_LEVEL}, the most the diagrams can draw side by side`,
    );
  }
  return {
    id: id ?? "",
    name: readText(ctx, field(fields, "name"), NAME) ?? "",
    description: readText(ctx, field(fields, "description"), DESCRIPTION) ?? "",
    stages: stageItems.map((item) => readStage(ctx, item, ids)),
  };
}

function readStage(ctx: ReadContext, at: Located, ids: IdOccurrence[]): Stage {
  const fields = readFields(ctx, at, STAGE_FIELDS, "a stage");
  if (!fields) return emptyStage();
  const id = readId(ctx, field(fields, "id"));
  if (id !== undefined) ids.push({ kind: "stage", id, ...place(field(fields, "id")) });
  const replaces: string[] = [];
  for (const item of readList(ctx, field(fields, "replaces"), { required: false, noun: "stage id" })) {
    const old = readId(ctx, item);
    if (old === undefined) continue;
    replaces.push(old);
    if (id !== undefined) ids.push({ kind: "replaces", id: old, stageId: id, ...place(item) });
  }
  return {
    id: id ?? "",
    name: readText(ctx, field(fields, "name"), NAME) ?? "",
    summary: readText(ctx, field(fields, "summary"), { required: false, maxLength: MAX_SUMMARY_LENGTH }) ?? "",
    description: readText(ctx, field(fields, "description"), DESCRIPTION) ?? "",
    signals: readSignals(ctx, fields, id, ids),
    pitfalls: readTexts(ctx, field(fields, "pitfalls"), "pitfall"),
    actions: readTexts(ctx, field(fields, "actions"), "action"),
    replaces,
  };
}

/** Signals are `{id, text}` or plain text; plain text gets the id `<stage id>.signal-<n>` (n counts from 1). */
function readSignals(ctx: ReadContext, stage: Fields, stageId: string | undefined, ids: IdOccurrence[]): Signal[] {
  const items = readList(ctx, field(stage, "signals"), { required: false, noun: "signal" });
  return items.map((item, index): Signal => {
    if (isMap(item.node)) {
      const fields = readFields(ctx, item, SIGNAL_FIELDS, "a signal");
      if (!fields) return { id: "", text: "" };
      const id = readId(ctx, field(fields, "id"));
      if (id !== undefined) ids.push({ kind: "signal", id, ...place(field(fields, "id")) });
      return { id: id ?? "", text: readText(ctx, field(fields, "text"), ITEM) ?? "" };
    }
    if (isEmptyNode(item.node) || isTextNode(item.node)) {
      const text = readText(ctx, item, ITEM) ?? "";
      const id = stageId === undefined ? "" : `${stageId}.signal-${index + 1}`;
      if (id !== "") ids.push({ kind: "signal", id, ...place(item) });
      return { id, text };
    }
    report(ctx, item.path, item.line, `must be text or a mapping with id and text, found ${describeNode(item.node)}`);
    return { id: "", text: "" };
  });
}

function readTexts(ctx: ReadContext, at: Located, noun: string): string[] {
  return readList(ctx, at, { required: false, noun }).map((item) => readText(ctx, item, ITEM) ?? "");
}

function place(at: Located): { path: string; line: number | undefined } {
  return { path: at.path, line: at.line };
}

function isTextNode(node: unknown): boolean {
  return isScalar(node) && typeof node.value === "string";
}

function emptyStage(): Stage {
  return { id: "", name: "", summary: "", description: "", signals: [], pitfalls: [], actions: [], replaces: [] };
}
