/**
 * The React renderer of diagram scenes. It walks the same element tree as `sceneToSvg`, so
 * `renderToStaticMarkup(<SceneSvg scene={s} />)` equals `sceneToSvg(s)` byte for byte.
 */
import { type MarkupElement, type Scene, sceneToMarkup } from "@ascent/core";
import { createElement, type ReactElement, useMemo } from "react";

// SVG attribute names React expects in camelCase; it writes them back hyphenated.
const REACT_NAMES: Record<string, string> = { class: "className" };

function reactName(name: string): string {
  if (REACT_NAMES[name]) return REACT_NAMES[name];
  if (name.startsWith("aria-") || name.startsWith("data-")) return name;
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Turns one markup element into a React element (children spread, so no keys are needed). */
export function markupToReact(element: MarkupElement): ReactElement {
  const props: Record<string, string> = {};
  for (const [name, value] of element.attrs) props[reactName(name)] = value;
  const children = element.children.map((c) => (typeof c === "string" ? c : markupToReact(c)));
  return createElement(element.tag, props, ...children);
}

/** Draws a diagram scene as inline SVG. */
export function SceneSvg({ scene }: { readonly scene: Scene }): ReactElement {
  return useMemo(() => markupToReact(sceneToMarkup(scene)), [scene]);
}
