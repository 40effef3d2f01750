/**
 * The scene as a tree of SVG elements with ordered attributes: the definition of a diagram's markup.
 * React renders this tree; `sceneToSvg` writes the same elements straight from the scene nodes (no
 * tree in between, for speed), and tests hold it to `markupToSvg(sceneToMarkup(scene))` byte for byte.
 */
import { fmt, formatPoints } from "./geometry.js";
import type { Scene, SceneNode } from "./scene.types.js";

/** The font stack of every diagram: Inter first, Noto for Hebrew and Arabic. */
export const DIAGRAM_FONT_FAMILY = "Inter, 'Noto Sans', 'Noto Sans Hebrew', 'Noto Sans Arabic', sans-serif";

/** An SVG element: tag, attributes in output order, children (elements or one text string). */
export interface MarkupElement {
  readonly tag: string;
  readonly attrs: readonly (readonly [string, string])[];
  readonly children: readonly (MarkupElement | string)[];
}

function el(tag: string, attrs: (readonly [string, string] | null)[], children: (MarkupElement | string)[] = []) {
  return { tag, attrs: attrs.filter((a): a is readonly [string, string] => a !== null), children };
}

function opt(name: string, value: string | number | undefined): readonly [string, string] | null {
  if (value === undefined) return null;
  return [name, typeof value === "number" ? fmt(value) : value];
}

function strokeAttrs(node: { stroke?: string; strokeWidth?: number; dash?: string }) {
  return [opt("stroke", node.stroke), opt("stroke-width", node.strokeWidth), opt("stroke-dasharray", node.dash)];
}

/** The element for one scene node. */
export function nodeToMarkup(node: SceneNode): MarkupElement {
  switch (node.type) {
    case "rect":
      return el("rect", [
        opt("x", node.x),
        opt("y", node.y),
        opt("width", node.width),
        opt("height", node.height),
        opt("rx", node.rx),
        opt("fill", node.fill),
        ...strokeAttrs(node),
      ]);
    case "circle":
      return el("circle", [
        opt("cx", node.cx),
        opt("cy", node.cy),
        opt("r", node.r),
        opt("fill", node.fill),
        ...strokeAttrs(node),
      ]);
    case "polygon":
      return el("polygon", [
        opt("points", formatPoints(node.points)),
        opt("fill", node.fill),
        ...strokeAttrs(node),
        node.stroke ? opt("stroke-linejoin", "round") : null,
      ]);
    case "polyline":
      return el("polyline", [
        opt("points", formatPoints(node.points)),
        opt("fill", "none"),
        ...strokeAttrs(node),
        opt("stroke-linejoin", "round"),
        opt("stroke-linecap", "round"),
      ]);
    case "text":
      return el(
        "text",
        [
          opt("x", node.x),
          opt("y", node.y),
          opt("font-size", node.size),
          opt("font-weight", String(node.weight)),
          opt("fill", node.fill),
          node.anchor === "start" ? null : opt("text-anchor", node.anchor),
        ],
        [node.text],
      );
    case "group": {
      const children = node.children.map(nodeToMarkup);
      return el(
        "g",
        [opt("class", node.role), opt("data-id", node.dataId)],
        node.tooltip !== undefined ? [el("title", [], [node.tooltip]), ...children] : children,
      );
    }
  }
}

/** The ids of the root's `<title>` and `<desc>`, derived from the prefix and the kind (never random). */
export function sceneIds(scene: Scene): { title: string; desc: string } {
  const base = `${scene.idPrefix}-${scene.kind}`;
  return { title: `${base}-title`, desc: `${base}-desc` };
}

/** The root `<svg>` element's attributes, in output order. */
export function rootAttrs(scene: Scene): (readonly [string, string])[] {
  const ids = sceneIds(scene);
  return [
    ["xmlns", "http://www.w3.org/2000/svg"],
    ["width", fmt(scene.width)],
    ["height", fmt(scene.height)],
    ["viewBox", `0 0 ${fmt(scene.width)} ${fmt(scene.height)}`],
    ["role", "img"],
    ["aria-labelledby", `${ids.title} ${ids.desc}`],
    ["font-family", DIAGRAM_FONT_FAMILY],
  ];
}

/** What precedes the scene's nodes inside `<svg>`: its title, description and background. */
export function rootPreamble(scene: Scene): MarkupElement[] {
  const ids = sceneIds(scene);
  return [
    el("title", [["id", ids.title]], [scene.title]),
    el("desc", [["id", ids.desc]], [scene.desc]),
    el("rect", [
      ["width", fmt(scene.width)],
      ["height", fmt(scene.height)],
      ["fill", scene.background],
    ]),
  ];
}

/** The whole scene as one `<svg>` element tree. */
export function sceneToMarkup(scene: Scene): MarkupElement {
  return el("svg", rootAttrs(scene), [...rootPreamble(scene), ...scene.nodes.map(nodeToMarkup)]);
}
