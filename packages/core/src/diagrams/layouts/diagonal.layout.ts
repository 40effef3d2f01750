/** Diagram 4: the simple diagonal ("TADA") — one arrow from the first stage to the last. */
import type { FrameworkDiagramInput } from "../diagram-inputs.types.js";
import { type DiagramOptions, resolveOptions } from "../primitives/diagram-options.js";
import { stageTitle, walkPath } from "../primitives/framework-walk.js";
import { arrowhead, pt } from "../primitives/geometry.js";
import { levelPaints } from "../primitives/palette.js";
import type { Scene, SceneNode } from "../primitives/scene.types.js";
import { group, label, makeScene, polygon, polyline, rect } from "../primitives/scene-builder.js";

/** Lays out a faint grid of levels × modes with one bold diagonal arrow across it. */
export function layoutDiagonal(input: FrameworkDiagramInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 720);
  const levels = input.framework.levels;
  const walk = walkPath(input.framework);
  const first = walk[0]!;
  const last = walk[walk.length - 1]!;
  const n = levels.length;
  const cols = Math.max(...levels.map((l) => l.stages.length));
  const margin = 24;
  const top = margin + (o.labels ? 28 : 0);
  const gridX = margin;
  const gridW = o.width - margin * 2;
  const cellH = n <= 4 ? 56 : Math.max(28, 56 - (n - 4) * 3);
  const gridH = cellH * n;
  const cellW = gridW / cols;
  const paints = levelPaints(n, o.theme);
  const nodes: SceneNode[] = [];
  levels.forEach((level, i) => {
    const y = top + (n - 1 - i) * cellH;
    nodes.push(
      group([rect(gridX, y + 2, gridW, cellH - 4, paints[i]!.tint, { rx: 8 })], {
        role: "level",
        dataId: level.id,
        tooltip: level.name,
      }),
    );
  });
  const start = pt(gridX + cellW * 0.35, top + gridH - cellH * 0.5);
  const end = pt(gridX + gridW - cellW * 0.2, top + cellH * 0.5);
  const head = 22;
  const len = Math.hypot(end.x - start.x, end.y - start.y);
  const shaft = pt(end.x - ((end.x - start.x) / len) * head * 0.6, end.y - ((end.y - start.y) / len) * head * 0.6);
  nodes.push(
    group([polyline([start, shaft], o.colors.accent, 8), polygon(arrowhead(start, end, head), o.colors.accent)], {
      role: "path",
    }),
  );
  if (o.labels) {
    const size = 14;
    nodes.push(
      label({
        x: gridX,
        y: top + gridH + 22,
        text: stageTitle(first),
        size,
        weight: 700,
        fill: o.colors.ink,
        background: o.colors.background,
        maxWidth: gridW / 2 - 8,
      }),
      label({
        x: gridX + gridW,
        y: top - 10,
        text: stageTitle(last),
        size,
        weight: 700,
        fill: o.colors.ink,
        background: o.colors.background,
        anchor: "end",
        maxWidth: gridW * 0.7,
      }),
    );
  }
  return makeScene(
    "diagonal",
    o,
    { width: o.width, height: top + gridH + (o.labels ? 34 : 0) + margin },
    {
      title: `${input.framework.name}, in short: from ${stageTitle(first)} to ${stageTitle(last)}`,
      desc: `One diagonal arrow across ${n} levels and ${cols} modes: growth on both axes at once, from ${stageTitle(first)} to ${stageTitle(last)}.`,
      text: [`Start: ${stageTitle(first)}`, `End: ${stageTitle(last)}`],
    },
    nodes,
  );
}
