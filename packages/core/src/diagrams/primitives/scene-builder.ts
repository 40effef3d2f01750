/** Small factories the layouts use to create scene nodes with rounded numbers and safe text. */

import type { ResolvedOptions } from "./diagram-options.js";
import { pt, round2 } from "./geometry.js";
import type {
  CircleNode,
  DiagramKind,
  FontWeight,
  GroupNode,
  Point,
  PolygonNode,
  PolylineNode,
  RectNode,
  Scene,
  SceneNode,
  TextAnchor,
  TextNode,
} from "./scene.types.js";
import { fitText } from "./text-measure.js";

// Lone surrogates cannot be encoded; the C0 controls (other than tab, newline, return) and
// U+FFFE/U+FFFF are not allowed in XML 1.0. Checked by code, so the rule is readable.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function allowedInXml(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/** True when `text` has nothing `cleanText` could remove: no C0 control but tab/LF/CR, no surrogate, no U+FFFE/U+FFFF. */
function isPlainXmlText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Any surrogate, paired or not, sends the text down the full path, which tells the two apart.
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe)) return false;
  }
  return true;
}

/** Removes characters that cannot appear in XML; everything else (emoji, RTL) is kept as is. */
export function cleanText(text: string): string {
  // Almost every name and label is plain: one scan instead of a replace, a code-point array,
  // a filter and a join per string (the team map cleans two strings per person). A plain loop
  // measured faster than a regex test here once optimised.
  if (isPlainXmlText(text)) return text;
  return Array.from(text.replace(LONE_SURROGATE, "")).filter(allowedInXml).join("");
}

/** Optional stroke settings of a shape. */
type StrokeExtra = { stroke?: string; strokeWidth?: number; dash?: string };

// The builders assign optional fields one by one rather than spreading partial objects: the team
// map creates hundreds of nodes, and the spreads were a measurable share of its layout time.
// An optional field is left out (not set to undefined) so the renderers omit its attribute.

/** Copies the stroke settings that are given onto `node`, rounding the width. */
function addStroke(node: { stroke?: string; strokeWidth?: number; dash?: string }, extra: StrokeExtra | undefined) {
  if (extra === undefined) return;
  if (extra.stroke !== undefined) node.stroke = extra.stroke;
  if (extra.strokeWidth !== undefined) node.strokeWidth = round2(extra.strokeWidth);
  if (extra.dash !== undefined) node.dash = extra.dash;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A rounded rectangle (or plain when rx is omitted). */
export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  extra?: { rx?: number } & StrokeExtra,
): SceneNode {
  const node: Mutable<RectNode> = {
    type: "rect",
    x: round2(x),
    y: round2(y),
    width: round2(Math.max(0, width)),
    height: round2(Math.max(0, height)),
    fill,
  };
  if (extra?.rx !== undefined) node.rx = round2(extra.rx);
  addStroke(node, extra);
  return node;
}

/** A circle. */
export function circle(cx: number, cy: number, r: number, fill: string, extra?: StrokeExtra): SceneNode {
  const node: Mutable<CircleNode> = { type: "circle", cx: round2(cx), cy: round2(cy), r: round2(r), fill };
  addStroke(node, extra);
  return node;
}

/** A closed polygon. */
export function polygon(points: readonly Point[], fill: string, extra?: StrokeExtra): SceneNode {
  const node: Mutable<PolygonNode> = { type: "polygon", points: points.map((p) => pt(p.x, p.y)), fill };
  addStroke(node, extra);
  return node;
}

/** An open line with round joins. */
export function polyline(points: readonly Point[], stroke: string, strokeWidth: number, dash?: string): SceneNode {
  const node: Mutable<PolylineNode> = {
    type: "polyline",
    points: points.map((p) => pt(p.x, p.y)),
    stroke,
    strokeWidth: round2(strokeWidth),
  };
  if (dash !== undefined) node.dash = dash;
  return node;
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
  extra?: { tooltip?: string; role?: string; dataId?: string },
): SceneNode {
  const node: Mutable<GroupNode> = { type: "group", children };
  if (extra?.tooltip !== undefined) node.tooltip = cleanText(extra.tooltip);
  if (extra?.role !== undefined) node.role = extra.role;
  if (extra?.dataId !== undefined) node.dataId = cleanText(extra.dataId);
  return node;
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
