/** Diagram 2: the engagement axis — an arrow from awareness to ownership. */
import type { FrameworkDiagramInput } from "../diagram-inputs.types.js";
import { mix } from "../primitives/color.js";
import { type DiagramOptions, resolveOptions } from "../primitives/diagram-options.js";
import { arrowhead, pt } from "../primitives/geometry.js";
import { levelPaints } from "../primitives/palette.js";
import type { Scene, SceneNode } from "../primitives/scene.types.js";
import { circle, group, label, makeScene, polygon, polyline } from "../primitives/scene-builder.js";

/** The stage names used as columns: those of the level with the most stages (first such level). */
export function columnNames(input: FrameworkDiagramInput): string[] {
  const widest = input.framework.levels.reduce(
    (best, l) => (l.stages.length > best.stages.length ? l : best),
    input.framework.levels[0]!,
  );
  return widest.stages.map((s) => s.name);
}

/** Lays out the axis: one arrow, a dot per mode, the mode names beneath. */
export function layoutAxis(input: FrameworkDiagramInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 720);
  const names = columnNames(input);
  const margin = 32;
  const y = 64;
  const x0 = margin + 8;
  const x1 = o.width - margin;
  const paint = levelPaints(1, o.theme)[0]!;
  const count = names.length;
  const span = x1 - x0 - 40;
  const step = count > 1 ? span / (count - 1) : 0;
  const nodes: SceneNode[] = [
    group(
      [
        polyline([pt(x0 + 12, y), pt(x1 - 12, y)], o.colors.accent, 6),
        polygon(arrowhead(pt(x0, y), pt(x1, y), 18), o.colors.accent),
      ],
      {
        role: "path",
      },
    ),
  ];
  if (o.labels) {
    nodes.push(
      label({
        x: x0,
        y: 30,
        text: "Engagement",
        size: 14,
        weight: 700,
        fill: o.colors.ink,
        background: o.colors.background,
      }),
    );
  }
  names.forEach((name, i) => {
    const cx = count > 1 ? x0 + 12 + step * i : (x0 + x1) / 2;
    const fill = count > 1 ? mix(paint.tint, paint.full, i / (count - 1)) : paint.full;
    const anchor = count === 1 ? "middle" : i === 0 ? "start" : i === count - 1 ? "end" : "middle";
    const slot = count > 1 ? step - 16 : span;
    const lx = anchor === "start" ? cx - 12 : anchor === "end" ? cx + 12 : cx;
    const parts: SceneNode[] = [circle(cx, y, 12, fill, { stroke: o.colors.background, strokeWidth: 3 })];
    if (o.labels) {
      parts.push(
        label({
          x: lx,
          y: y + 40,
          text: name,
          size: 14,
          weight: 600,
          fill: o.colors.ink,
          background: o.colors.background,
          anchor,
          // End labels hang outward from their dot, middle ones are centred: each gets half a step per side.
          maxWidth: count === 1 ? span : count === 2 ? step / 2 + 4 : anchor === "middle" ? slot : step / 2,
        }),
      );
    }
    nodes.push(group(parts, { role: "mode" }));
  });
  return makeScene(
    "axis",
    o,
    { width: o.width, height: 130 },
    {
      title: `Engagement: ${names.join(" → ")}`,
      desc: `At every level a person moves along the engagement axis, from ${names[0] ?? ""} to ${names.at(-1) ?? ""}.`,
      text: names.map((n, i) => `${i + 1}. ${n}`),
    },
    nodes,
  );
}
