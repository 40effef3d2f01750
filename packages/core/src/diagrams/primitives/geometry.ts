/** Number formatting and small geometry helpers shared by the layouts. */
import type { Point } from "./scene.types.js";

/** Rounds to two decimals (and turns -0 into 0) so output is short and deterministic. */
export function round2(n: number): number {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** A number as it appears in markup: at most two decimals. */
export function fmt(n: number): string {
  return String(round2(n));
}

/** Points as an SVG `points` attribute. */
export function formatPoints(points: readonly Point[]): string {
  return points.map((p) => `${fmt(p.x)},${fmt(p.y)}`).join(" ");
}

/** A point, rounded. */
export function pt(x: number, y: number): Point {
  return { x: round2(x), y: round2(y) };
}

/** The point a fraction `t` of the way from `a` to `b`. */
export function lerpPoint(a: Point, b: Point, t: number): Point {
  return pt(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
}

/** A triangular arrowhead whose tip is at `tip`, pointing away from `from`. */
export function arrowhead(from: Point, tip: Point, size: number): Point[] {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size * 0.6;
  return [pt(tip.x, tip.y), pt(bx - uy * half, by + ux * half), pt(bx + uy * half, by - ux * half)];
}

/** The four corners of a diamond centred on (cx, cy). */
export function diamond(cx: number, cy: number, r: number): Point[] {
  return [pt(cx, cy - r), pt(cx + r, cy), pt(cx, cy + r), pt(cx - r, cy)];
}

/** Clamps `n` into [lo, hi]. */
export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Axis-aligned box. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
