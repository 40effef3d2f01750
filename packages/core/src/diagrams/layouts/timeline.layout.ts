/** Diagram 8: a person's progress over time as a step line, with Awesome Permission moments marked. */
import type { TimelineDiagramInput } from "../diagram-inputs.types.js";
import { monthKey, thinAxisLabels } from "../primitives/axis-labels.js";
import { dayLabel, monthLabel, parseDate } from "../primitives/dates.js";
import { type DiagramOptions, type ResolvedOptions, resolveOptions } from "../primitives/diagram-options.js";
import { describeProgress, stageTitle, walkPath } from "../primitives/framework-walk.js";
import { diamond, pt } from "../primitives/geometry.js";
import { headingPair } from "../primitives/heading.js";
import { categorical } from "../primitives/palette.js";
import type { Point, Scene, SceneNode } from "../primitives/scene.types.js";
import { circle, group, label, makeScene, polygon, polyline } from "../primitives/scene-builder.js";
import { textWidth } from "../primitives/text-measure.js";

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

/** The Okabe–Ito index for each moment state, shared with the permission diagrams. */
export const STATE_COLOR_INDEX = { aware: 1, extended: 0, accepted: 2, result: 6, no_change: 7 } as const;

/** Lays out the timeline: progress 0..N up, dates across, moments as numbered diamonds on the top edge. */
export function layoutTimeline(input: TimelineDiagramInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 960);
  const c = o.colors;
  const walk = walkPath(input.framework);
  const n = walk.length;
  const history = input.history
    .map((h) => ({ ...h, t: parseDate(h.at) }))
    .filter((h) => !Number.isNaN(h.t))
    .sort((a, b) => a.t - b.t || a.progress - b.progress);
  const moments = input.moments
    .map((m) => ({ ...m, t: parseDate(m.at) }))
    .filter((m) => !Number.isNaN(m.t))
    .sort((a, b) => a.t - b.t || (a.label < b.label ? -1 : 1));
  const times = [...history.map((h) => h.t), ...moments.map((m) => m.t)];
  const t0 = times.length > 0 ? Math.min(...times) : 0;
  const t1 = Math.max(t0 + MONTH_MS, ...times);
  const margin = 24;
  const axisW = o.labels ? Math.min(220, Math.round(o.width * 0.26)) : 8;
  const plotX = margin + axisW;
  const plotY = margin + (o.labels ? 34 : 8);
  const plotW = o.width - plotX - margin - 8;
  const rowH = n <= 8 ? 30 : Math.max(12, 240 / n);
  const plotH = rowH * n;
  const xOf = (t: number) => plotX + ((t - t0) / (t1 - t0)) * plotW;
  const yOf = (p: number) => plotY + plotH - (Math.min(n, Math.max(0, p)) / n) * plotH;
  const nodes: SceneNode[] = [];
  const labelEvery = Math.max(1, Math.ceil(16 / rowH));
  for (let k = 0; k <= n; k += 1) {
    const y = yOf(k);
    nodes.push(polyline([pt(plotX, y), pt(plotX + plotW, y)], k === 0 ? c.muted : c.line, 1));
    if (o.labels && k % labelEvery === 0) {
      const text = k === 0 ? "0 · not started" : `${k} · ${stageTitle(walk[k - 1]!)}`;
      nodes.push(
        label({
          x: plotX - 8,
          y: y + 4,
          text,
          size: 11,
          fill: c.muted,
          background: c.background,
          anchor: "end",
          maxWidth: axisW - 12,
        }),
      );
    }
  }
  nodes.push(...momentNodes(moments, xOf, plotY, plotH, o));
  if (history.length > 0) {
    const points: Point[] = [];
    history.forEach((h, i) => {
      if (i > 0) points.push(pt(xOf(h.t), yOf(history[i - 1]!.progress)));
      points.push(pt(xOf(h.t), yOf(h.progress)));
    });
    points.push(pt(plotX + plotW, yOf(history[history.length - 1]!.progress)));
    nodes.push(group([polyline(points, c.accent, 3)], { role: "progress" }));
    // A dot only where progress changed (and the first check-in): repeated check-ins at the same place add noise.
    const changes = history.filter((h, i) => i === 0 || h.progress !== history[i - 1]!.progress);
    for (const h of changes) {
      nodes.push(
        group([circle(xOf(h.t), yOf(h.progress), 4.5, c.accent, { stroke: c.background, strokeWidth: 1.5 })], {
          role: "check-in",
          tooltip: `${dayLabel(h.at)}: ${describeProgress(walk, h.progress)}`,
        }),
      );
    }
  }
  let bottom = plotY + plotH;
  if (o.labels) {
    nodes.push(...headingPair(input.person.name, "Progress over time", margin, margin + 16, o.width - margin * 2, o));
    nodes.push(...dateTicks(t0, t1, xOf, bottom + 18, plotX, plotW, o));
    bottom += 30;
    moments.forEach((m, i) => {
      const y = bottom + 18 + i * 20;
      const prefix = `${i + 1}. ${dayLabel(m.at)} · ${m.state.replace("_", " ")}`;
      const prefixW = textWidth(prefix, 12) + 4;
      nodes.push(
        group(
          [
            polygon(diamond(plotX + 6, y - 4, 6), categorical(STATE_COLOR_INDEX[m.state], o.theme)),
            label({ x: plotX + 18, y, text: prefix, size: 12, fill: c.muted, background: c.background }),
            label({
              x: plotX + 18 + prefixW,
              y,
              text: m.label,
              size: 12,
              fill: c.ink,
              background: c.background,
              maxWidth: plotW - 18 - prefixW,
            }),
          ],
          { role: "moment-legend" },
        ),
      );
    });
    if (moments.length > 0) bottom += 18 + moments.length * 20 - 10;
  }
  return makeScene(
    "timeline",
    o,
    { width: o.width, height: bottom + margin },
    {
      title: `${input.person.name}: progress over time`,
      desc: `A step line of ${input.person.name}'s progress along the ${n} stages, with ${moments.length} Awesome Permission ${moments.length === 1 ? "moment" : "moments"} marked as numbered diamonds.`,
      text: [
        ...history.map((h) => `${dayLabel(h.at)}: ${describeProgress(walk, h.progress)}`),
        ...moments.map((m, i) => `Moment ${i + 1}, ${dayLabel(m.at)}: ${m.state.replace("_", " ")} — ${m.label}`),
      ],
    },
    nodes,
  );
}

function momentNodes(
  moments: readonly { t: number; state: keyof typeof STATE_COLOR_INDEX; label: string; at: string }[],
  xOf: (t: number) => number,
  plotY: number,
  plotH: number,
  o: ResolvedOptions,
): SceneNode[] {
  let lastLabelX = Number.NEGATIVE_INFINITY;
  return moments.map((m, i) => {
    const x = xOf(m.t);
    // Numbers of moments too close to the previous one are left to the legend, so labels never collide.
    const numbered = o.labels && x - lastLabelX >= 26;
    if (numbered) lastLabelX = x;
    const color = categorical(STATE_COLOR_INDEX[m.state], o.theme);
    const parts: SceneNode[] = [
      polyline([pt(x, plotY), pt(x, plotY + plotH)], color, 1.5, "3 3"),
      polygon(diamond(x, plotY - 8, 7), color, { stroke: o.colors.background, strokeWidth: 1.5 }),
    ];
    if (numbered) {
      parts.push(
        label({
          x: x + 10,
          y: plotY - 4,
          text: String(i + 1),
          size: 11,
          weight: 700,
          fill: o.colors.ink,
          background: o.colors.background,
        }),
      );
    }
    return group(parts, { role: "moment", tooltip: `${dayLabel(m.at)}: ${m.state.replace("_", " ")} — ${m.label}` });
  });
}

function dateTicks(
  t0: number,
  t1: number,
  xOf: (t: number) => number,
  y: number,
  plotX: number,
  plotW: number,
  o: ResolvedOptions,
) {
  const start = new Date(t0);
  const months: number[] = [];
  for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); d <= t1; ) {
    months.push(d);
    const dt = new Date(d);
    d = Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 1);
  }
  const ticks = months.map((t) => ({ x: xOf(t), text: monthLabel(new Date(t).toISOString()), key: monthKey(t) }));
  return thinAxisLabels(ticks, { left: plotX, right: plotX + plotW, size: 11, gap: 12 }).map(({ x, text }) =>
    label({ x, y, text, size: 11, fill: o.colors.muted, background: o.colors.background, anchor: "middle" }),
  );
}
