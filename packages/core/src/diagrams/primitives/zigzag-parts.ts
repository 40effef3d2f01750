/**
 * Drawing the stage grid: tiles (awareness tint / ownership full colour, reached / working-on / ahead),
 * row headers, label chips and the path with its arrowhead. Shared by the zig-zag, person and team diagrams.
 */
import { mix } from "./color.js";
import type { ResolvedOptions } from "./diagram-options.js";
import { type StageState, stageState, stageTitle } from "./framework-walk.js";
import { arrowhead, pt } from "./geometry.js";
import { levelPaints, textOn } from "./palette.js";
import type { SceneNode } from "./scene.types.js";
import { group, label, polygon, polyline, rect } from "./scene-builder.js";
import type { GridTile, StageGrid } from "./stage-grid.js";
import { fitText, textWidth } from "./text-measure.js";

/** How tiles and path are drawn. */
export interface ZigzagStyle {
  /** Progress for reached / working-on / ahead styling; null draws every stage filled. */
  readonly progress: number | null;
  /** Draw the path quieter (the team map puts marks on top). */
  readonly quietPath?: boolean;
  /** Pixels kept free at the right of each tile's label line (the team map writes counts there). */
  readonly labelReserve?: number;
}

/** A tile's fill, and the colour of text on it. */
export function tileFill(tile: GridTile, state: StageState | null, options: ResolvedOptions, levelCount: number) {
  const paint = levelPaints(levelCount, options.theme)[tile.walk.levelIndex]!;
  const count = tile.walk.level.stages.length;
  // Awareness (first) is the tint, ownership (last) the full colour; stages between step evenly.
  const full = count === 1 ? paint.full : mix(paint.tint, paint.full, tile.walk.stageIndex / (count - 1));
  const fill = state === "ahead" ? options.colors.background : full;
  return { fill, outline: mix(paint.full, options.colors.ink, 0.35), text: textOn(fill, options.theme) };
}

/** Tiles, row headers, the path and the tile labels, in drawing order. */
export function zigzagNodes(
  grid: StageGrid,
  options: ResolvedOptions,
  headerX: number,
  headerWidth: number,
  style: ZigzagStyle,
): SceneNode[] {
  const { colors } = options;
  const levelCount = grid.rows.length;
  const tiles: SceneNode[] = [];
  const labels: SceneNode[] = [];
  for (const tile of grid.tiles) {
    const state = style.progress === null ? null : stageState(tile.walk.number, style.progress);
    const paint = tileFill(tile, state, options, levelCount);
    const highlighted = options.highlight === tile.walk.stage.id;
    const parts: SceneNode[] = [
      rect(tile.x, tile.y, tile.width, tile.height, paint.fill, {
        rx: 10,
        ...(state === "ahead" ? { stroke: paint.outline, strokeWidth: 1.5 } : {}),
      }),
    ];
    if (state === "working") {
      parts.push(
        rect(tile.x - 4, tile.y - 4, tile.width + 8, tile.height + 8, "none", {
          rx: 13,
          stroke: colors.accent,
          strokeWidth: 3,
        }),
      );
    }
    if (highlighted) {
      parts.push(
        rect(tile.x - 2, tile.y - 2, tile.width + 4, tile.height + 4, "none", {
          rx: 12,
          stroke: colors.ink,
          strokeWidth: 2.5,
          dash: "6 4",
        }),
      );
    }
    tiles.push(
      group(parts, {
        role: "stage",
        dataId: tile.walk.stage.id,
        tooltip: `${tile.walk.number}. ${stageTitle(tile.walk)}`,
      }),
    );
    if (options.labels) {
      labels.push(...tileLabel(tile, paint.fill, paint.text, grid.labelSize, highlighted, style.labelReserve ?? 0));
    }
  }
  const headers = options.labels ? rowHeaders(grid, options, headerX, headerWidth) : [];
  // With three or more columns the rise from a row's end to the next row's start would cut through
  // the middle tiles, so it passes beneath them and shows in the gaps; rows with one or two columns
  // keep the whole path on top (a compact zig-zag up the middle).
  const columns = Math.max(
    ...grid.rows.map((r) => grid.tiles.filter((t) => t.walk.levelIndex === r.levelIndex).length),
  );
  const [under, over] = pathNodes(grid, options, style, columns >= 3);
  return [...headers, ...under, ...tiles, ...over, ...labels];
}

/** Baseline of a tile's label line. */
export function tileLabelBaseline(tile: GridTile, size: number): number {
  return tile.y + Math.max(8, tile.height * 0.14) + size * 0.8;
}

function tileLabel(
  tile: GridTile,
  fill: string,
  ink: string,
  size: number,
  bold: boolean,
  reserve: number,
): SceneNode[] {
  const x = tile.x + 12;
  const baseline = tileLabelBaseline(tile, size);
  const numberText = `${tile.walk.number}`;
  const numberWidth = textWidth(numberText, size, 700) + 6;
  const nameMax = tile.width - 24 - numberWidth - reserve;
  const fitted = fitText(tile.walk.stage.name, nameMax, size, bold ? 700 : 600);
  // A chip in the tile's own colour keeps the path from running through the words.
  const chipWidth = numberWidth + textWidth(fitted.text, size, bold ? 700 : 600) + 8;
  return [
    rect(x - 4, baseline - size * 0.95, Math.min(chipWidth, tile.width - 16), size * 1.3, fill, { rx: 4 }),
    label({ x, y: baseline, text: numberText, size, weight: 700, fill: ink, background: fill }),
    label({
      x: x + numberWidth,
      y: baseline,
      text: tile.walk.stage.name,
      size,
      weight: bold ? 700 : 600,
      fill: ink,
      background: fill,
      maxWidth: nameMax,
    }),
  ];
}

function rowHeaders(grid: StageGrid, options: ResolvedOptions, x: number, width: number): SceneNode[] {
  return grid.rows.map((row) => {
    const level = grid.tiles.find((t) => t.walk.levelIndex === row.levelIndex)!.walk.level;
    const size = grid.labelSize;
    return label({
      x: x + width,
      y: row.y + row.height / 2 + size * 0.35,
      text: level.name,
      size,
      weight: 600,
      fill: options.colors.ink,
      background: options.colors.background,
      anchor: "end",
      maxWidth: width,
    });
  });
}

function pathNodes(
  grid: StageGrid,
  options: ResolvedOptions,
  style: ZigzagStyle,
  riseBeneath: boolean,
): [SceneNode[], SceneNode[]] {
  const points = grid.pathPoints;
  const color = style.quietPath ? options.colors.line : options.colors.accent;
  const width = style.quietPath ? Math.max(2, grid.strokeWidth - 3) : grid.strokeWidth;
  const head = grid.strokeWidth * 2.6;
  const last = points[points.length - 1]!;
  const before = points[points.length - 2] ?? pt(last.x - 10, last.y);
  // Stop the line short of the tip so the round cap does not poke through the arrowhead.
  const dx = last.x - before.x;
  const dy = last.y - before.y;
  const len = Math.hypot(dx, dy) || 1;
  const shaft = pt(last.x - (dx / len) * head * 0.6, last.y - (dy / len) * head * 0.6);
  const line = [...points.slice(0, -1), shaft];
  const tip = polygon(arrowhead(before, last, head), color, { stroke: color, strokeWidth: 1 });
  if (!riseBeneath) return [[], [group([polyline(line, color, width), tip], { role: "path" })]];
  const runs: SceneNode[] = [];
  let run: typeof line = [];
  for (const p of line) {
    if (run.length > 0 && Math.abs(run[run.length - 1]!.y - p.y) > 0.5) {
      if (run.length > 1) runs.push(polyline(run, color, width));
      run = [];
    }
    run.push(p);
  }
  if (run.length > 1) runs.push(polyline(run, color, width));
  return [[group([polyline(line, color, width)], { role: "path-rise" })], [group([...runs, tip], { role: "path" })]];
}
