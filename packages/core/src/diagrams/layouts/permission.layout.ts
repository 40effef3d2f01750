/** Diagram 9a: the Awesome Permission process — Person A to Person B through aware, extended, accepted, result. */
import type { PermissionDiagramInput } from "../diagram-inputs.types.js";
import { type DiagramOptions, resolveOptions } from "../primitives/diagram-options.js";
import { arrowhead, pt } from "../primitives/geometry.js";
import { categorical, textOn } from "../primitives/palette.js";
import type { Scene, SceneNode } from "../primitives/scene.types.js";
import { group, label, makeScene, polygon, polyline, rect } from "../primitives/scene-builder.js";
import { STATE_COLOR_INDEX } from "./timeline.layout.js";

const STEPS = [
  { state: "aware", name: "Aware", caption: "A notices B" },
  { state: "extended", name: "Extended", caption: "A says: you can be more" },
  { state: "accepted", name: "Accepted", caption: "B chooses to try" },
  { state: "result", name: "Result", caption: "B takes off" },
] as const;

/** Lays out the two people and the four steps between them, with arrows. */
export function layoutPermission(input: PermissionDiagramInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 960);
  const c = o.colors;
  const margin = 24;
  const boxes = 6;
  const gap = 28;
  const boxW = (o.width - margin * 2 - gap * (boxes - 1)) / boxes;
  const boxH = 52;
  const y = margin + 8;
  const reachedIndex =
    input.state === undefined ? -1 : input.state === "no_change" ? 2 : STEPS.findIndex((s) => s.state === input.state);
  const nodes: SceneNode[] = [];
  const xs = Array.from({ length: boxes }, (_, i) => margin + i * (boxW + gap));
  for (let i = 0; i < boxes - 1; i += 1) {
    const from = pt(xs[i]! + boxW + 3, y + boxH / 2);
    const to = pt(xs[i + 1]! - 3, y + boxH / 2);
    nodes.push(polyline([from, pt(to.x - 6, to.y)], c.muted, 2), polygon(arrowhead(from, to, 10), c.muted));
  }
  const person = (i: number, name: string, role: string) => {
    const x = xs[i]!;
    const parts: SceneNode[] = [rect(x, y, boxW, boxH, c.faint, { rx: boxH / 2, stroke: c.ink, strokeWidth: 1.5 })];
    if (o.labels) {
      parts.push(
        label({
          x: x + boxW / 2,
          y: y + 22,
          text: role,
          size: 11,
          weight: 600,
          fill: c.muted,
          background: c.faint,
          anchor: "middle",
        }),
        label({
          x: x + boxW / 2,
          y: y + 40,
          text: name,
          size: 13,
          weight: 700,
          fill: c.ink,
          background: c.faint,
          anchor: "middle",
          maxWidth: boxW - 20,
        }),
      );
    }
    return group(parts, { role: "person" });
  };
  nodes.push(person(0, input.giver.name, "Person A"));
  STEPS.forEach((step, i) => {
    const x = xs[i + 1]!;
    const color = categorical(STATE_COLOR_INDEX[step.state], o.theme);
    const noChange = input.state === "no_change" && step.state === "result";
    const ahead = reachedIndex >= 0 && (i > reachedIndex || noChange);
    const fill = ahead ? c.background : color;
    const ink = ahead ? c.ink : textOn(fill, o.theme);
    const parts: SceneNode[] = [
      rect(x, y, boxW, boxH, fill, {
        rx: 10,
        ...(ahead ? { stroke: color, strokeWidth: 2, dash: noChange ? "5 4" : undefined } : {}),
      }),
    ];
    if (reachedIndex === i && input.state !== "no_change") {
      parts.push(rect(x - 4, y - 4, boxW + 8, boxH + 8, "none", { rx: 13, stroke: c.accent, strokeWidth: 3 }));
    }
    if (o.labels) {
      parts.push(
        label({
          x: x + boxW / 2,
          y: y + boxH / 2 + 5,
          text: noChange ? "No change" : step.name,
          size: 14,
          weight: 700,
          fill: ink,
          background: fill,
          anchor: "middle",
          maxWidth: boxW - 16,
        }),
        label({
          x: x + boxW / 2,
          y: y + boxH + 22,
          text: `${i + 1}. ${step.caption}`,
          size: 12,
          fill: c.muted,
          background: c.background,
          anchor: "middle",
          maxWidth: boxW + gap - 6,
        }),
      );
    }
    nodes.push(group(parts, { role: "step", dataId: step.state }));
  });
  nodes.push(person(5, input.receiver.name, "Person B"));
  const stateText = input.state === undefined ? "" : ` Now: ${input.state.replace("_", " ")}.`;
  return makeScene(
    "permission",
    o,
    { width: o.width, height: y + boxH + (o.labels ? 34 : 0) + margin },
    {
      title: `Awesome Permission: ${input.giver.name} → ${input.receiver.name}`,
      desc: `The process in four steps: ${input.giver.name} becomes aware of ${input.receiver.name}, extends awesome permission, ${input.receiver.name} accepts, and a result follows.${stateText}`,
      text: [
        `Person A (giver): ${input.giver.name}`,
        ...STEPS.map((s, i) => `${i + 1}. ${s.name}: ${s.caption}`),
        `Person B (receiver): ${input.receiver.name}`,
        ...(input.state !== undefined ? [`State: ${input.state.replace("_", " ")}`] : []),
      ],
    },
    nodes,
  );
}
