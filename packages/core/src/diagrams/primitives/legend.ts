/** A legend of swatches and labels, flowing into as many columns as fit. */
import type { ResolvedOptions } from "./diagram-options.js";
import type { SceneNode } from "./scene.types.js";
import { group, label, rect } from "./scene-builder.js";

/** One legend entry. */
export interface LegendItem {
  readonly color: string;
  readonly text: string;
  /** Drawn as a dashed outline instead of a filled swatch. */
  readonly dashed?: boolean;
}

/** Lays the items out from (x, y) across `width`; returns the nodes and the y below the last row. */
export function legendNodes(
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
  o: ResolvedOptions,
  columnWidth = 200,
): { nodes: SceneNode[]; bottom: number } {
  const columns = Math.max(1, Math.floor(width / columnWidth));
  const colW = width / columns;
  const rowH = 20;
  const nodes = items.map((item, i) => {
    const cx = x + (i % columns) * colW;
    const cy = y + Math.floor(i / columns) * rowH;
    const swatch = item.dashed
      ? rect(cx + 1, cy - 10, 12, 12, "none", { rx: 2, stroke: item.color, strokeWidth: 2, dash: "3 2" })
      : rect(cx, cy - 11, 14, 14, item.color, { rx: 3 });
    return group(
      [
        swatch,
        label({
          x: cx + 20,
          y: cy,
          text: item.text,
          size: 12,
          fill: o.colors.ink,
          background: o.colors.background,
          maxWidth: colW - 28,
        }),
      ],
      { role: "legend-item" },
    );
  });
  return { nodes, bottom: y + Math.max(1, Math.ceil(items.length / columns)) * rowH - 10 };
}
