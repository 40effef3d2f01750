/** The plain-text equivalent of a diagram, for screen readers, reports and the CLI. */
import type { Scene, SceneNode, TextNode } from "./scene.types.js";

/** Title, description and the layout's text lines, one per line. */
export function diagramText(scene: Scene): string {
  return [scene.title, scene.desc, ...scene.text].join("\n");
}

/** Every text node of a scene, depth first (used by tests and contrast checks). */
export function textNodes(nodes: readonly SceneNode[]): TextNode[] {
  return nodes.flatMap((n) => (n.type === "text" ? [n] : n.type === "group" ? textNodes(n.children) : []));
}
