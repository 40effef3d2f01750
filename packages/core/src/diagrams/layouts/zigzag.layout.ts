/** Diagram 3: the zig-zag of stages — the product's signature. */

import type { ZigzagInput } from "../diagram-inputs.types.js";
import type { DiagramOptions } from "../primitives/diagram-options.js";
import { resolveOptions } from "../primitives/diagram-options.js";
import { describeProgress, stageState, stageTitle, walkPath } from "../primitives/framework-walk.js";
import type { Scene } from "../primitives/scene.types.js";
import { makeScene } from "../primitives/scene-builder.js";
import { layoutStageGrid } from "../primitives/stage-grid.js";
import { zigzagNodes } from "../primitives/zigzag-parts.js";

/** Row-header column width: enough for "Multi-team & multi-system" at most widths. */
export function headerWidthFor(width: number): number {
  return Math.round(Math.min(210, Math.max(90, width * 0.22)));
}

/** Lays out the zig-zag: levels as rows, stages as columns, one path with an arrowhead. */
export function layoutZigzag(input: ZigzagInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 960);
  const margin = 24;
  const header = o.labels ? headerWidthFor(o.width) : 0;
  const gridX = margin + header + (o.labels ? 16 : 0);
  const grid = layoutStageGrid(input.framework, { x: gridX, y: margin + 4, width: o.width - gridX - margin - 4 });
  const progress = input.progress ?? null;
  const nodes = zigzagNodes(grid, o, margin, header, { progress });
  const walk = walkPath(input.framework);
  const text = walk.map((w) => {
    const state =
      progress === null
        ? ""
        : ` — ${{ reached: "reached", working: "working on", ahead: "ahead" }[stageState(w.number, progress)]}`;
    return `${w.number}. ${stageTitle(w)}${state}`;
  });
  if (progress !== null) text.unshift(`Position: ${describeProgress(walk, progress)}`);
  return makeScene(
    "zigzag",
    o,
    { width: o.width, height: grid.height + margin * 2 + 8 },
    {
      title: `${input.framework.name}: the path through ${walk.length} stages`,
      desc: `Levels are rows from ${input.framework.levels[0]?.name ?? ""} at the bottom to ${input.framework.levels.at(-1)?.name ?? ""} at the top; in each level the path runs from ${input.framework.levels[0]?.stages[0]?.name ?? "the first stage"} to the last stage, then rises to the next level.`,
      text,
    },
    nodes,
  );
}
