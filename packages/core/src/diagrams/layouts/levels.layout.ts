/** Diagram 1: the scope levels stacked, the narrowest (Self) at the bottom, widening as scope grows. */
import type { FrameworkDiagramInput } from "../diagram-inputs.types.js";
import { type DiagramOptions, resolveOptions } from "../primitives/diagram-options.js";
import { arrowhead, pt } from "../primitives/geometry.js";
import { levelPaints, textOn } from "../primitives/palette.js";
import type { Scene, SceneNode } from "../primitives/scene.types.js";
import { group, label, makeScene, polygon, polyline, rect } from "../primitives/scene-builder.js";
import { rowMetrics } from "../primitives/stage-grid.js";

/** Lays out the levels as bars, one per level, Self at the bottom. */
export function layoutLevels(input: FrameworkDiagramInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 720);
  const levels = input.framework.levels;
  const n = levels.length;
  const paints = levelPaints(n, o.theme);
  const { rowHeight, gap } = rowMetrics(n);
  const barHeight = Math.round(rowHeight * 0.78);
  const margin = 24;
  const axisWidth = o.labels ? 64 : 24;
  const left = margin + axisWidth;
  const maxWidth = o.width - left - margin;
  const minWidth = maxWidth * 0.55;
  const size = n <= 4 ? 16 : n <= 8 ? 14 : 13;
  const top = margin;
  const height = n * barHeight + (n - 1) * (gap * 0.6);
  const nodes: SceneNode[] = [];
  levels.forEach((level, i) => {
    const w = n === 1 ? maxWidth : minWidth + ((maxWidth - minWidth) * i) / (n - 1);
    const x = left + (maxWidth - w) / 2;
    const y = top + (n - 1 - i) * (barHeight + gap * 0.6);
    const fill = paints[i]!.full;
    const highlighted = o.highlight === level.id;
    const parts: SceneNode[] = [
      rect(x, y, w, barHeight, fill, { rx: 10, ...(highlighted ? { stroke: o.colors.ink, strokeWidth: 3 } : {}) }),
    ];
    if (o.labels) {
      parts.push(
        label({
          x: x + w / 2,
          y: y + barHeight / 2 + size * 0.36,
          text: level.name,
          size,
          weight: 700,
          fill: textOn(fill, o.theme),
          background: fill,
          anchor: "middle",
          maxWidth: w - 24,
        }),
      );
    }
    nodes.push(group(parts, { role: "level", dataId: level.id }));
  });
  if (o.labels) nodes.push(...scopeAxis(margin + 18, top, top + height, o.colors.muted, o.colors.background));
  return makeScene(
    "levels",
    o,
    { width: o.width, height: height + margin * 2 },
    {
      title: `${input.framework.name}: ${n} scope ${n === 1 ? "level" : "levels"}`,
      desc: `The levels of scope stacked from ${levels[0]?.name ?? ""} at the bottom to ${levels.at(-1)?.name ?? ""} at the top; each is wider than the one below.`,
      text: levels.map((l, i) => `Level ${i + 1}: ${l.name}`).reverse(),
    },
    nodes,
  );
}

function scopeAxis(x: number, top: number, bottom: number, color: string, background: string): SceneNode[] {
  const tip = pt(x, top + 4);
  return [
    group(
      [
        polyline([pt(x, bottom), pt(x, top + 14)], color, 2),
        polygon(arrowhead(pt(x, bottom), tip, 10), color),
        label({ x: x + 10, y: bottom, text: "Scope", size: 12, weight: 600, fill: color, background }),
      ],
      { role: "axis" },
    ),
  ];
}
