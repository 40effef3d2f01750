/** The string renderer: a scene as standalone SVG markup (server, CLI, reports, PNG). */

import type { Scene } from "./scene.types.js";
import { type MarkupElement, sceneToMarkup } from "./scene-markup.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text and attribute values exactly as React does, so both renderers agree byte for byte. */
export function escapeXml(text: string): string {
  // Most text needs no escaping; testing first avoids building a new string for it.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

function write(element: MarkupElement): string {
  // Plain `+=` concatenation: V8 builds ropes, which beats arrays and join for many small pieces.
  let out = `<${element.tag}`;
  for (const [name, value] of element.attrs) out += ` ${name}="${escapeXml(value)}"`;
  out += ">";
  for (const child of element.children) out += typeof child === "string" ? escapeXml(child) : write(child);
  // Explicit closing tags, never `/>`: that is what React's server renderer emits for SVG elements.
  return `${out}</${element.tag}>`;
}

/** Renders a scene to an SVG string; the same scene always gives the same bytes. */
export function sceneToSvg(scene: Scene): string {
  return write(sceneToMarkup(scene));
}
