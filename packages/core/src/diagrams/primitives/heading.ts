/** A diagram heading: a user-supplied name (bold, left) and a note (right), as separate text nodes. */
import type { ResolvedOptions } from "./diagram-options.js";
import type { SceneNode } from "./scene.types.js";
import { label } from "./scene-builder.js";
import { textWidth } from "./text-measure.js";

/** The name and the note never share a text node, so right-to-left names stay whole and in order. */
export function headingPair(
  name: string,
  note: string,
  x: number,
  y: number,
  width: number,
  o: ResolvedOptions,
): SceneNode[] {
  const noteW = textWidth(note, 13, 600);
  const noteFits = noteW < width * 0.6;
  return [
    label({
      x,
      y,
      text: name,
      size: 16,
      weight: 700,
      fill: o.colors.ink,
      background: o.colors.background,
      maxWidth: noteFits ? width - noteW - 16 : width,
    }),
    ...(noteFits
      ? [
          label({
            x: x + width,
            y,
            text: note,
            size: 13,
            weight: 600,
            fill: o.colors.muted,
            background: o.colors.background,
            anchor: "end" as const,
          }),
        ]
      : []),
  ];
}
