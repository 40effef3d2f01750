/**
 * The grid the zig-zag, person and team diagrams share: levels are rows (bottom level at the
 * bottom), stages are columns, and the path runs along each row then rises to the next row's first tile.
 */
import type { Framework } from "../../framework/framework.types.js";
import { type WalkStage, walkPath } from "./framework-walk.js";
import { type Box, lerpPoint, pt } from "./geometry.js";
import type { Point } from "./scene.types.js";

/** One stage's tile and where the path passes through it. */
export interface GridTile extends Box {
  readonly walk: WalkStage;
  readonly waypoint: Point;
}

/** One level's row. */
export interface GridRow extends Box {
  readonly levelIndex: number;
}

/** The laid-out grid. */
export interface StageGrid {
  readonly tiles: readonly GridTile[];
  readonly rows: readonly GridRow[];
  /** Where the path starts (inside the first tile) and ends (the arrow tip, inside the last tile). */
  readonly origin: Point;
  readonly end: Point;
  /** Origin, every waypoint, end. */
  readonly pathPoints: readonly Point[];
  readonly rowHeight: number;
  readonly strokeWidth: number;
  readonly labelSize: number;
  /** Total height of the grid. */
  readonly height: number;
}

/** Row height and gap shrink as levels are added, so twelve levels still fit on a slide. */
export function rowMetrics(levelCount: number): { rowHeight: number; gap: number } {
  if (levelCount <= 4) return { rowHeight: 76, gap: 20 };
  return { rowHeight: Math.max(46, 76 - (levelCount - 4) * 4), gap: Math.max(12, 20 - (levelCount - 4)) };
}

/** Lays the stages out in `area` (its height is ignored: the grid takes what it needs). */
export function layoutStageGrid(framework: Framework, area: { x: number; y: number; width: number }): StageGrid {
  const walk = walkPath(framework);
  const levelCount = framework.levels.length;
  const columns = Math.max(1, ...framework.levels.map((l) => l.stages.length));
  const { rowHeight, gap } = rowMetrics(levelCount);
  const gapX = 16;
  const tileWidth = (area.width - gapX * (columns - 1)) / columns;
  const inset = Math.min(40, tileWidth / 4);
  const height = levelCount * rowHeight + (levelCount - 1) * gap;
  const pathOffset = Math.max(12, rowHeight * 0.24);
  const rows: GridRow[] = framework.levels.map((_, levelIndex) => ({
    levelIndex,
    x: area.x,
    width: area.width,
    height: rowHeight,
    y: area.y + (levelCount - 1 - levelIndex) * (rowHeight + gap),
  }));
  const tiles: GridTile[] = walk.map((w) => {
    const row = rows[w.levelIndex]!;
    const count = w.level.stages.length;
    const x = area.x + w.stageIndex * (tileWidth + gapX);
    const y = row.y;
    const waypointX =
      count === 1
        ? x + tileWidth / 2
        : w.stageIndex === 0
          ? x + tileWidth - inset
          : w.stageIndex === count - 1
            ? x + inset
            : x + tileWidth / 2;
    return { walk: w, x, y, width: tileWidth, height: rowHeight, waypoint: pt(waypointX, y + rowHeight - pathOffset) };
  });
  const first = tiles[0]!;
  const last = tiles[tiles.length - 1]!;
  const origin = pt(first.x + 14, first.waypoint.y);
  const end = pt(last.x + last.width - 12, last.waypoint.y);
  const waypoints = tiles.map((t) => t.waypoint);
  // Skip the origin or end when they coincide with a waypoint (single-stage rows).
  const pathPoints = [
    ...(origin.x < first.waypoint.x - 1 ? [origin] : []),
    ...waypoints,
    ...(end.x > last.waypoint.x + 1 ? [end] : []),
  ];
  return {
    tiles,
    rows,
    origin: pathPoints[0]!,
    end: pathPoints[pathPoints.length - 1]!,
    pathPoints,
    rowHeight,
    strokeWidth: levelCount <= 4 ? 6 : 4,
    labelSize: levelCount <= 6 ? 13 : 12,
    height,
  };
}

/** The point on the path for a progress value: 0 = the start, k = stage k's waypoint, k + ½ = halfway to the next. */
export function progressPoint(grid: StageGrid, progress: number): Point {
  const n = grid.tiles.length;
  const p = Math.min(n, Math.max(0, progress));
  const k = Math.floor(p);
  const frac = p - k;
  const at = (i: number): Point => (i === 0 ? grid.origin : grid.tiles[i - 1]!.waypoint);
  if (k >= n) return at(n);
  return lerpPoint(at(k), at(k + 1), frac);
}
