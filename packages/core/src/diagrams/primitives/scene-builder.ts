/** Small factories the layouts use to create scene nodes with rounded numbers and safe text. */

import type { ResolvedOptions } from "./diagram-options.js";
import { round2 } from "./geometry.js";
import type { DiagramKind, FontWeight, Point, Scene, SceneNode, TextAnchor, TextNode } from "./scene.types.js";
import { fitText } from "./text-measure.js";

// Lone surrogates cannot be encoded; the C0 controls (other than tab, newline, return) and
// U+FFFE/U+FFFF are not allowed in XML 1.0. Checked by code, so the rule is readable.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function allowedInXml(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/** Removes characters that cannot appear in XML; everything else (emoji, RTL) is kept as is. */
export function cleanText(text: string): string {
  return Array.from(text.replace(LONE_SURROGATE, "")).filter(allowedInXml).join("");
}

/** A rounded rectangle (or plain when rx is omitted). */
export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  extra: { rx?: number; stroke?: string; strokeWidth?: number; dash?: string } = {},
): SceneNode {
  return {
    type: "rect",
    x: round2(x),
    y: round2(y),
    width: round2(Math.max(0, width)),
    height: round2(Math.max(0, height)),
    fill,
    ...(extra.rx !== undefined ? { rx: round2(extra.rx) } : {}),
    ...strokeOf(extra),
  };
}

function strokeOf(extra: { stroke?: string; strokeWidth?: number; dash?: string }) {
  return {
    ...(extra.stroke !== undefined ? { stroke: extra.stroke } : {}),
    ...(extra.strokeWidth !== undefined ? { strokeWidth: round2(extra.strokeWidth) } : {}),
    ...(extra.dash !== undefined ? { dash: extra.dash } : {}),
  };
}

/** A circle. */
export function circle(
  cx: number,
  cy: number,
  r: number,
  fill: string,
  extra: { stroke?: string; strokeWidth?: number; dash?: string } = {},
): SceneNode {
  return { type: "circle", cx: round2(cx), cy: round2(cy), r: round2(r), fill, ...strokeOf(extra) };
}

/** A closed polygon. */
export function polygon(
  points: readonly Point[],
  fill: string,
  extra: { stroke?: string; strokeWidth?: number; dash?: string } = {},
): SceneNode {
  return { type: "polygon", points: points.map((p) => ({ x: round2(p.x), y: round2(p.y) })), fill, ...strokeOf(extra) };
}

/** An open line with round joins. */
export function polyline(points: readonly Point[], stroke: string, strokeWidth: number, dash?: string): SceneNode {
  return {
    type: "polyline",
    points: points.map((p) => ({ x: round2(p.x), y: round2(p.y) })),
    stroke,
    strokeWidth: round2(strokeWidth),
    ...(dash !== undefined ? { dash } : {}),
  };
}

/** Everything needed to place one line of text. */
export interface LabelSpec {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly fill: string;
  readonly background: string;
  readonly weight?: FontWeight;
  readonly anchor?: TextAnchor;
  /** Width available; longer text is shortened with "…" and kept whole in a tooltip. */
  readonly maxWidth?: number;
  /** Tooltip even when the text fits (e.g. a stage's full name). */
  readonly tooltip?: string;
}

/** One line of text, shortened to fit; a shortened label is wrapped in a group whose `<title>` holds the full text. */
export function label(spec: LabelSpec): SceneNode {
  const weight = spec.weight ?? 400;
  const full = cleanText(spec.text);
  const fitted =
    spec.maxWidth !== undefined ? fitText(full, spec.maxWidth, spec.size, weight) : { text: full, truncated: false };
  const node: TextNode = {
    type: "text",
    x: round2(spec.x),
    y: round2(spec.y),
    text: fitted.text,
    size: spec.size,
    weight,
    fill: spec.fill,
    anchor: spec.anchor ?? "start",
    background: spec.background,
  };
  const tooltip = fitted.truncated
    ? full.replace(/\s+/g, " ").trim()
    : spec.tooltip !== undefined
      ? cleanText(spec.tooltip)
      : undefined;
  return tooltip !== undefined ? { type: "group", role: "label", tooltip, children: [node] } : node;
}

/** A group of nodes, optionally with a tooltip, a role and a data id. */
export function group(
  children: readonly SceneNode[],
  extra: { tooltip?: string; role?: string; dataId?: string } = {},
): SceneNode {
  return {
    type: "group",
    children,
    ...(extra.tooltip !== undefined ? { tooltip: cleanText(extra.tooltip) } : {}),
    ...(extra.role !== undefined ? { role: extra.role } : {}),
    ...(extra.dataId !== undefined ? { dataId: cleanText(extra.dataId) } : {}),
  };
}

/** Assembles a scene from a layout's parts. */
export function makeScene(
  kind: DiagramKind,
  options: ResolvedOptions,
  size: { width: number; height: number },
  words: { title: string; desc: string; text: readonly string[] },
  nodes: readonly SceneNode[],
): Scene {
  return {
    kind,
    idPrefix: options.idPrefix,
    theme: options.theme,
    width: Math.ceil(size.width),
    height: Math.ceil(size.height),
    background: options.colors.background,
    title: cleanText(words.title),
    desc: cleanText(words.desc),
    text: words.text.map(cleanText),
    nodes,
  };
}
