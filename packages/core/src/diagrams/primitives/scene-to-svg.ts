/**
 * The string renderer: a scene as standalone SVG markup (server, CLI, reports, PNG).
 *
 * `sceneToMarkup` defines the markup (React renders that tree). Building the tree and then writing it
 * allocated several arrays and tuples per node, which dominated large diagrams such as the 400-person
 * team map, so `sceneToSvg` writes each node's element directly, attribute for attribute as
 * `nodeToMarkup` orders them. `markupToSvg` still writes any tree, and a test checks that
 * `sceneToSvg(scene) === markupToSvg(sceneToMarkup(scene))` for every sample diagram.
 */

import { fmt, formatPoints } from "./geometry.js";
import type {
  CircleNode,
  GroupNode,
  PolygonNode,
  PolylineNode,
  RectNode,
  Scene,
  SceneNode,
  TextNode,
} from "./scene.types.js";
import { type MarkupElement, rootAttrs, rootPreamble } from "./scene-markup.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text and attribute values exactly as React does, so both renderers agree byte for byte. */
export function escapeXml(text: string): string {
  // Most text needs no escaping; testing first avoids building a new string for it.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

/** Writes a markup element tree (the reference the direct writer below must match). */
export function markupToSvg(element: MarkupElement): string {
  // Plain `+=` concatenation: V8 builds ropes, which beats arrays and join for many small pieces.
  let out = `<${element.tag}`;
  for (const [name, value] of element.attrs) out += ` ${name}="${escapeXml(value)}"`;
  out += ">";
  for (const child of element.children) out += typeof child === "string" ? escapeXml(child) : markupToSvg(child);
  // Explicit closing tags, never `/>`: that is what React's server renderer emits for SVG elements.
  return `${out}</${element.tag}>`;
}

// Attribute writers. Fields the node types require are written inline in each template (fewer,
// larger string pieces: the concatenations are most of this renderer's cost); optional ones go
// through `opt*`, which like `opt` in scene-markup write nothing for undefined. Numbers and point
// lists go through `fmt`, whose output (digits, sign, point) never needs escaping.

function optStr(name: string, value: string | undefined): string {
  return value === undefined ? "" : ` ${name}="${escapeXml(value)}"`;
}

function optNum(name: string, value: number | undefined): string {
  return value === undefined ? "" : ` ${name}="${fmt(value)}"`;
}

function stroke(node: { stroke?: string; strokeWidth?: number; dash?: string }): string {
  // Most shapes have no stroke at all: one test instead of three empty pieces.
  if (node.stroke === undefined && node.strokeWidth === undefined && node.dash === undefined) return "";
  return (
    optStr("stroke", node.stroke) + optNum("stroke-width", node.strokeWidth) + optStr("stroke-dasharray", node.dash)
  );
}

function rectSvg(n: RectNode): string {
  const box = `x="${fmt(n.x)}" y="${fmt(n.y)}" width="${fmt(n.width)}" height="${fmt(n.height)}"`;
  return `<rect ${box}${optNum("rx", n.rx)} fill="${escapeXml(n.fill)}"${stroke(n)}></rect>`;
}

function circleSvg(n: CircleNode): string {
  return `<circle cx="${fmt(n.cx)}" cy="${fmt(n.cy)}" r="${fmt(n.r)}" fill="${escapeXml(n.fill)}"${stroke(n)}></circle>`;
}

function polygonSvg(n: PolygonNode): string {
  const join = n.stroke ? ' stroke-linejoin="round"' : "";
  return `<polygon points="${formatPoints(n.points)}" fill="${escapeXml(n.fill)}"${stroke(n)}${join}></polygon>`;
}

function polylineSvg(n: PolylineNode): string {
  const line = `fill="none"${stroke(n)} stroke-linejoin="round" stroke-linecap="round"`;
  return `<polyline points="${formatPoints(n.points)}" ${line}></polyline>`;
}

function textSvg(n: TextNode): string {
  const anchor = n.anchor === "start" ? "" : optStr("text-anchor", n.anchor);
  const font = `font-size="${fmt(n.size)}" font-weight="${n.weight}"`;
  return `<text x="${fmt(n.x)}" y="${fmt(n.y)}" ${font} fill="${escapeXml(n.fill)}"${anchor}>${escapeXml(n.text)}</text>`;
}

function groupSvg(n: GroupNode): string {
  // The usual group (a person, a stage) has both: one template instead of two attribute strings.
  let out =
    n.role !== undefined && n.dataId !== undefined
      ? `<g class="${escapeXml(n.role)}" data-id="${escapeXml(n.dataId)}">`
      : `<g${optStr("class", n.role)}${optStr("data-id", n.dataId)}>`;
  if (n.tooltip !== undefined) out += `<title>${escapeXml(n.tooltip)}</title>`;
  for (const child of n.children) out += nodeSvg(child);
  return `${out}</g>`;
}

/** One scene node as markup: the bytes `markupToSvg(nodeToMarkup(node))` gives. */
function nodeSvg(node: SceneNode): string {
  switch (node.type) {
    case "rect":
      return rectSvg(node);
    case "circle":
      return circleSvg(node);
    case "polygon":
      return polygonSvg(node);
    case "polyline":
      return polylineSvg(node);
    case "text":
      return textSvg(node);
    case "group":
      return groupSvg(node);
  }
}

/** Renders a scene to an SVG string; the same scene always gives the same bytes. */
export function sceneToSvg(scene: Scene): string {
  let out = "<svg";
  for (const [name, value] of rootAttrs(scene)) out += optStr(name, value);
  out += ">";
  for (const element of rootPreamble(scene)) out += markupToSvg(element);
  for (const node of scene.nodes) out += nodeSvg(node);
  return `${out}</svg>`;
}
