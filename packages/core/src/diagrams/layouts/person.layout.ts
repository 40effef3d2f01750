/** Diagram 5: a person's place on the zig-zag — self (circle) and mentor (diamond) views, and earlier check-ins. */
import type { PersonDiagramInput } from "../diagram-inputs.types.js";
import { type DiagramOptions, resolveOptions } from "../primitives/diagram-options.js";
import { describeProgress, walkPath } from "../primitives/framework-walk.js";
import { diamond, pt } from "../primitives/geometry.js";
import { headingPair } from "../primitives/heading.js";
import type { Point, Scene, SceneNode } from "../primitives/scene.types.js";
import { circle, group, label, makeScene, polygon, polyline } from "../primitives/scene-builder.js";
import { layoutStageGrid, progressPoint } from "../primitives/stage-grid.js";
import { zigzagNodes } from "../primitives/zigzag-parts.js";
import { headerWidthFor } from "./zigzag.layout.js";

/** Lays out one person's position on the path with markers, a "you are here" callout and a legend. */
export function layoutPerson(input: PersonDiagramInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 960);
  const { person, framework } = input;
  const walk = walkPath(framework);
  const margin = 24;
  const header = o.labels ? headerWidthFor(o.width) : 0;
  const gutter = o.labels ? 132 : 8;
  const gridX = margin + header + (o.labels ? 16 : 0);
  const headingH = o.labels ? 40 : 0;
  const grid = layoutStageGrid(framework, { x: gridX, y: margin + headingH, width: o.width - gridX - gutter - margin });
  const selfP = person.self?.progress ?? null;
  const mentorP = person.mentor?.progress ?? null;
  const nodes: SceneNode[] = [...zigzagNodes(grid, o, margin, header, { progress: selfP ?? mentorP })];
  const history = [...person.history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.progress - b.progress));
  const dots = history.map((h) => {
    const p = progressPoint(grid, h.progress);
    return group([circle(p.x, p.y, 4.5, o.colors.ink, { stroke: o.colors.background, strokeWidth: 1.5 })], {
      role: "history",
      tooltip: `${h.at.slice(0, 10)}: ${describeProgress(walk, h.progress)}`,
    });
  });
  nodes.push(...dots);
  const selfPoint = selfP !== null ? progressPoint(grid, selfP) : null;
  const mentorPoint = mentorP !== null ? progressPoint(grid, mentorP) : null;
  if (selfPoint && mentorPoint && (selfPoint.x !== mentorPoint.x || selfPoint.y !== mentorPoint.y)) {
    nodes.push(group([polyline([selfPoint, mentorPoint], o.colors.ink, 1.5, "4 3")], { role: "connector" }));
  }
  if (mentorPoint)
    nodes.push(mentorMarker(mentorPoint, mentorP!, selfPoint, o.colors.mentor, o.colors.background, walk));
  if (selfPoint) {
    nodes.push(
      group([circle(selfPoint.x, selfPoint.y, 9, o.colors.accent, { stroke: o.colors.background, strokeWidth: 2.5 })], {
        role: "self",
        tooltip: `${person.name} (own view): ${describeProgress(walk, selfP!)}`,
      }),
    );
  }
  const gridBottom = margin + headingH + grid.height;
  let height = gridBottom + margin;
  if (o.labels) {
    const headline = selfP !== null ? describeProgress(walk, selfP) : "no check-in yet";
    // The name gets a text node of its own: mixing a right-to-left name with Latin words in one
    // node reorders the words (bidi) and trips resvg's font fallback for Arabic.
    nodes.push(...headingPair(person.name, headline, margin, margin + 16, o.width - margin * 2, o));
    const here = selfPoint ?? mentorPoint;
    if (here)
      nodes.push(
        ...hereCallout(o.width - margin - gutter + 14, here.y, o.colors.accent, o.colors.ink, o.colors.background),
      );
    nodes.push(...legend(margin, gridBottom + 30, o.width - margin * 2, o));
    height = gridBottom + 30 + 12 + margin;
  }
  const text = [
    `Own view: ${selfP !== null ? describeProgress(walk, selfP) : "no check-in yet"}`,
    `Mentor's view: ${mentorP !== null ? describeProgress(walk, mentorP) : "no check-in yet"}`,
    ...history.map((h) => `${h.at.slice(0, 10)}: ${describeProgress(walk, h.progress)}`),
  ];
  return makeScene(
    "person",
    o,
    { width: o.width, height },
    {
      title: `${person.name} on the path`,
      desc: `${person.name}'s place on the ${framework.name} path: a circle marks their own view, a diamond their mentor's, small dots earlier check-ins.`,
      text,
    },
    nodes,
  );
}

function mentorMarker(
  p: Point,
  progress: number,
  self: Point | null,
  color: string,
  background: string,
  walk: ReturnType<typeof walkPath>,
): SceneNode {
  // When both views agree the diamond is drawn larger, behind the circle, so both shapes stay visible.
  const same = self !== null && self.x === p.x && self.y === p.y;
  return group([polygon(diamond(p.x, p.y, same ? 15 : 11), color, { stroke: background, strokeWidth: 2 })], {
    role: "mentor",
    tooltip: `Mentor's view: ${describeProgress(walk, progress)}`,
  });
}

function hereCallout(x: number, y: number, accent: string, ink: string, background: string): SceneNode[] {
  return [
    group(
      [
        polygon([pt(x, y), pt(x + 9, y - 6), pt(x + 9, y + 6)], accent),
        label({ x: x + 14, y: y + 4.5, text: "You are here", size: 13, weight: 700, fill: ink, background }),
      ],
      { role: "here" },
    ),
  ];
}

function legend(x: number, y: number, width: number, o: ReturnType<typeof resolveOptions>): SceneNode[] {
  const c = o.colors;
  const third = width / 3;
  return [
    group(
      [
        circle(x + 7, y - 4, 7, c.accent),
        label({
          x: x + 20,
          y,
          text: "Own view",
          size: 12,
          fill: c.ink,
          background: c.background,
          maxWidth: third - 28,
        }),
        polygon(diamond(x + third + 7, y - 4, 8), c.mentor),
        label({
          x: x + third + 20,
          y,
          text: "Mentor's view",
          size: 12,
          fill: c.ink,
          background: c.background,
          maxWidth: third - 28,
        }),
        circle(x + third * 2 + 7, y - 4, 4.5, c.ink),
        label({
          x: x + third * 2 + 20,
          y,
          text: "Earlier check-ins",
          size: 12,
          fill: c.ink,
          background: c.background,
          maxWidth: third - 28,
        }),
      ],
      { role: "legend" },
    ),
  ];
}
