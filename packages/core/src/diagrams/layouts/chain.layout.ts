/** Diagram 9b: the giver → receiver chain of Awesome Permission across the organisation, as a forest. */
import type { ChainDiagramInput } from "../diagram-inputs.types.js";
import { type DiagramOptions, resolveOptions } from "../primitives/diagram-options.js";
import { arrowhead, pt } from "../primitives/geometry.js";
import { legendNodes } from "../primitives/legend.js";
import { categorical } from "../primitives/palette.js";
import type { Scene, SceneNode } from "../primitives/scene.types.js";
import { group, label, makeScene, polygon, polyline, rect } from "../primitives/scene-builder.js";
import { buildChainForest, type ChainNode } from "./chain-forest.js";
import { STATE_COLOR_INDEX } from "./timeline.layout.js";

/** Lays out the forest left to right: givers on the left, those they gave to one column further right. */
export function layoutChain(input: ChainDiagramInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 960);
  const c = o.colors;
  const { roots, extraEdges } = buildChainForest(input);
  const depthOf = (n: ChainNode): number => 1 + Math.max(0, ...n.children.map(depthOf));
  const depth = Math.max(1, ...roots.map(depthOf));
  const margin = 24;
  const colGap = 36;
  const boxW = Math.min(200, (o.width - margin * 2 - colGap * (depth - 1)) / depth);
  const boxH = 30;
  const rowH = 40;
  const nodes: SceneNode[] = [];
  const edges: SceneNode[] = [];
  const lines: string[] = [];
  let row = 0;
  const place = (n: ChainNode, level: number, giver: string | null): number => {
    const x = margin + level * (boxW + colGap);
    const firstRow = row;
    let childCentres: number[] = [];
    const yOfRow = (r: number) => margin + r * rowH;
    if (n.children.length === 0) row += 1;
    else childCentres = n.children.map((child) => place(child, level + 1, n.name));
    const cy =
      childCentres.length > 0
        ? (childCentres[0]! + childCentres[childCentres.length - 1]!) / 2
        : yOfRow(firstRow) + boxH / 2;
    const highlighted = o.highlight === n.id;
    const parts: SceneNode[] = [
      rect(x, cy - boxH / 2, boxW, boxH, c.faint, {
        rx: 8,
        stroke: highlighted ? c.accent : c.line,
        strokeWidth: highlighted ? 3 : 1.5,
      }),
    ];
    if (o.labels) {
      parts.push(
        label({
          x: x + 10,
          y: cy + 4.5,
          text: n.name,
          size: 12,
          weight: 600,
          fill: c.ink,
          background: c.faint,
          maxWidth: boxW - 20,
        }),
      );
    }
    nodes.push(group(parts, { role: "person", dataId: n.id }));
    n.children.forEach((child, i) => {
      const childY = childCentres[i]!;
      const color = categorical(STATE_COLOR_INDEX[child.state ?? "aware"], o.theme);
      const from = pt(x + boxW, cy);
      const elbowX = x + boxW + colGap / 2;
      const to = pt(x + boxW + colGap - 2, childY);
      edges.push(
        group(
          [
            polyline(
              [from, pt(elbowX, cy), pt(elbowX, childY), pt(to.x - 6, childY)],
              color,
              2,
              child.state === "no_change" ? "4 3" : undefined,
            ),
            polygon(arrowhead(pt(elbowX, childY), to, 9), color),
          ],
          { role: "edge", tooltip: `${n.name} → ${child.name}: ${(child.state ?? "aware").replace("_", " ")}` },
        ),
      );
    });
    lines.push(
      giver === null ? `${n.name} (gave first)` : `${giver} → ${n.name} (${(n.state ?? "aware").replace("_", " ")})`,
    );
    return cy;
  };
  for (const root of roots) place(root, 0, null);
  let bottom = margin + Math.max(1, row) * rowH - (rowH - boxH);
  if (o.labels) {
    const legend = legendNodes(
      (["aware", "extended", "accepted", "result", "no_change"] as const).map((s) => ({
        color: categorical(STATE_COLOR_INDEX[s], o.theme),
        text: s.replace("_", " "),
        ...(s === "no_change" ? { dashed: true } : {}),
      })),
      margin,
      bottom + 28,
      o.width - margin * 2,
      o,
      150,
    );
    nodes.push(...legend.nodes);
    bottom = legend.bottom;
  }
  if (roots.length === 0) lines.push("No Awesome Permission moments yet.");
  if (extraEdges > 0)
    lines.push(`${extraEdges} further ${extraEdges === 1 ? "link" : "links"} (a second giver, or a loop) not drawn.`);
  return makeScene(
    "chain",
    o,
    { width: o.width, height: bottom + margin },
    {
      title: "Awesome Permission across the organisation",
      desc: `Who gave awesome permission to whom: ${roots.length} ${roots.length === 1 ? "chain" : "chains"}; arrows point from giver to receiver and their colour shows how far the moment came.`,
      text: lines.sort(),
    },
    [...edges, ...nodes],
  );
}
