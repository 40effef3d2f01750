/** Diagram 7: the pipeline — people per stage over time, as stacked bars with a legend. */
import type { PipelineDiagramInput } from "../diagram-inputs.types.js";
import { type AxisTick, monthKey, thinAxisLabels } from "../primitives/axis-labels.js";
import { monthLabel, niceStep, parseDate } from "../primitives/dates.js";
import { type DiagramOptions, resolveOptions } from "../primitives/diagram-options.js";
import { stageTitle, walkPath } from "../primitives/framework-walk.js";
import { pt } from "../primitives/geometry.js";
import { legendNodes } from "../primitives/legend.js";
import { sequentialColors } from "../primitives/palette.js";
import type { Scene, SceneNode } from "../primitives/scene.types.js";
import { group, label, makeScene, polyline, rect } from "../primitives/scene-builder.js";
import { textWidth } from "../primitives/text-measure.js";

/** Lays out one stacked bar per date, stage 1 at the bottom of each bar. */
export function layoutPipeline(input: PipelineDiagramInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 960);
  const c = o.colors;
  const walk = walkPath(input.framework);
  const colors = sequentialColors(walk.length, o.theme);
  const series = input.series;
  const totals = series.map((p) => walk.reduce((sum, w) => sum + Math.max(0, p.counts[w.stage.id] ?? 0), 0));
  const max = Math.max(1, ...totals);
  // People come in whole numbers: never a fractional tick (0.5, 0.30000000000000004 …).
  const step = Math.max(1, niceStep(max, 5));
  const top = Math.ceil(max / step) * step;
  const margin = 24;
  const axisW = o.labels ? Math.ceil(textWidth(String(top), 11)) + 14 : 0;
  const plotX = margin + axisW;
  const plotY = margin + 8;
  const plotW = o.width - plotX - margin;
  const plotH = 260;
  const nodes: SceneNode[] = [];
  for (let tick = 0; tick * step <= top; tick++) {
    const v = tick * step;
    const y = plotY + plotH - (v / top) * plotH;
    nodes.push(polyline([pt(plotX, y), pt(plotX + plotW, y)], v === 0 ? c.muted : c.line, 1));
    if (o.labels) {
      nodes.push(
        label({
          x: plotX - 8,
          y: y + 4,
          text: String(v),
          size: 11,
          fill: c.muted,
          background: c.background,
          anchor: "end",
        }),
      );
    }
  }
  const slot = series.length > 0 ? plotW / series.length : plotW;
  const barW = Math.max(1, Math.min(48, slot * 0.72));
  series.forEach((point, i) => {
    const x = plotX + slot * i + (slot - barW) / 2;
    let y = plotY + plotH;
    const parts: SceneNode[] = [];
    walk.forEach((w, si) => {
      const n = Math.max(0, point.counts[w.stage.id] ?? 0);
      if (n === 0) return;
      const h = (n / top) * plotH;
      y -= h;
      const emphasised = o.highlight === w.stage.id;
      parts.push(
        rect(
          x,
          y,
          barW,
          h,
          colors[si]!,
          emphasised ? { stroke: c.ink, strokeWidth: 2 } : { stroke: c.background, strokeWidth: 0.75 },
        ),
      );
    });
    nodes.push(group(parts, { role: "bar", tooltip: `${monthLabel(point.at)}: ${totals[i]} people` }));
  });
  let bottom = plotY + plotH;
  if (o.labels && series.length > 0) {
    const ticks = barTicks(series, (i) => plotX + slot * i + slot / 2);
    for (const { x, text } of thinAxisLabels(ticks, { left: plotX, right: plotX + plotW, size: 11, gap: 12 })) {
      nodes.push(
        label({ x, y: bottom + 18, text, size: 11, fill: c.muted, background: c.background, anchor: "middle" }),
      );
    }
    bottom += 30;
    const legend = legendNodes(
      walk.map((w, i) => ({ color: colors[i]!, text: `${w.number}. ${stageTitle(w)}` })),
      plotX,
      bottom + 18,
      plotW,
      o,
      walk.length > 8 ? 190 : 220,
    );
    nodes.push(...legend.nodes);
    bottom = legend.bottom;
  }
  const text = series.map(
    (p, i) =>
      `${monthLabel(p.at)}: ${totals[i]} — ${walk.map((w) => `${w.number}: ${p.counts[w.stage.id] ?? 0}`).join(", ")}`,
  );
  return makeScene(
    "pipeline",
    o,
    { width: o.width, height: bottom + margin },
    {
      title: `Pipeline: people per stage, ${series.length > 0 ? `${monthLabel(series[0]!.at)} to ${monthLabel(series[series.length - 1]!.at)}` : "no data yet"}`,
      desc: "One bar per date; each bar stacks the people working on each stage, the first stage at the bottom.",
      text,
    },
    nodes,
  );
}

/**
 * One axis tick per bar. Monthly bars are keyed by calendar month, so thinning keeps quarters or
 * years; bars that are not one per month (weeks, unreadable dates) are thinned by position.
 */
function barTicks(series: PipelineDiagramInput["series"], xOf: (i: number) => number): AxisTick[] {
  const months = series.map((p) => monthKey(parseDate(p.at)));
  const monthly = months.every((m, i) => Number.isFinite(m) && (i === 0 || m > months[i - 1]!));
  return series.map((p, i) => ({ x: xOf(i), text: monthLabel(p.at), key: monthly ? months[i]! : i }));
}
