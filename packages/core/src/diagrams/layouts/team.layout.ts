/** Diagram 6: a team or organisation on the grid (a mark per person, or counts), with leadership coverage. */
import type { TeamDiagramInput, TeamMember } from "../diagram-inputs.types.js";
import { type DiagramOptions, type ResolvedOptions, resolveOptions } from "../primitives/diagram-options.js";
import { stageTitle, walkPath } from "../primitives/framework-walk.js";
import { headingPair } from "../primitives/heading.js";
import type { Scene, SceneNode } from "../primitives/scene.types.js";
import { circle, group, label, makeScene } from "../primitives/scene-builder.js";
import { type GridTile, layoutStageGrid, type StageGrid } from "../primitives/stage-grid.js";
import { textWidth } from "../primitives/text-measure.js";
import { tileFill, tileLabelBaseline, zigzagNodes } from "../primitives/zigzag-parts.js";
import { bucketPeople, coverageStage, teamCoverage } from "./team-buckets.js";
import { headerWidthFor } from "./zigzag.layout.js";

/** Beyond this many people the map shows counts instead of marks. */
export const MAX_MARKS = 400;

/** Lays out the team map. */
export function layoutTeam(input: TeamDiagramInput, options?: DiagramOptions): Scene {
  const o = resolveOptions(options, 960);
  const walk = walkPath(input.framework);
  const margin = 24;
  const header = o.labels ? headerWidthFor(o.width) : 0;
  const gridX = margin + header + (o.labels ? 16 : 0);
  const top = margin + (o.labels ? 34 : 0);
  const grid = layoutStageGrid(input.framework, { x: gridX, y: top, width: o.width - gridX - margin - 4 });
  const { buckets, unplaced } = bucketPeople(input.people, walk.length);
  const largest = Math.max(0, ...buckets.map((b) => b.length));
  const spacing = input.mode === "counts" ? null : markSpacing(grid, largest);
  const marks = spacing !== null && (input.mode === "marks" || input.people.length <= MAX_MARKS);
  const nodes: SceneNode[] = zigzagNodes(grid, o, margin, header, {
    progress: null,
    quietPath: true,
    labelReserve: marks ? 0 : 44,
  });
  grid.tiles.forEach((tile, i) => {
    const people = buckets[i]!;
    nodes.push(...(marks ? personMarks(tile, people, spacing!, grid, o) : countLabel(tile, people.length, grid, o)));
  });
  const coverage = coverageStage(input.framework, input.coverageStageId);
  const teams = teamCoverage(input.teams, input.people, coverage.number);
  let y = top + grid.height + 24;
  if (o.labels) {
    const name = input.name ?? "Organisation";
    const count = `${input.people.length} ${input.people.length === 1 ? "person" : "people"}${marks ? "" : " · counts per stage"}`;
    nodes.push(...headingPair(name, count, margin, margin + 16, o.width - margin * 2, o));
    const coverageNodes = coveragePanel(teams, coverage.title, margin, y, o.width - margin * 2, unplaced.length, o);
    nodes.push(...coverageNodes.nodes);
    y = coverageNodes.bottom;
  }
  const text = [
    ...walk.map((w, i) => `${w.number}. ${stageTitle(w)}: ${buckets[i]!.length}`),
    `No check-in yet: ${unplaced.length}`,
    `Leadership coverage (someone at ${coverage.title} or beyond):`,
    ...teams.map(
      (t) => `${t.name}: ${t.leaders > 0 ? `yes (${t.leaders} of ${t.members})` : `no (0 of ${t.members})`}`,
    ),
  ];
  return makeScene(
    "team",
    o,
    { width: o.width, height: y + margin },
    {
      title: `${input.name ?? "Organisation"} on the path`,
      desc: marks
        ? `Each dot is one person, placed on the stage they are working on; the list below shows which teams have someone at ${coverage.title} or beyond.`
        : `Each stage shows how many people are working on it; the list below shows which teams have someone at ${coverage.title} or beyond.`,
      text,
    },
    nodes,
  );
}

/** The largest dot pitch (4–16 px) at which every bucket fits its tile, or null when none does. */
function markSpacing(grid: StageGrid, largest: number): number | null {
  const tile = grid.tiles[0]!;
  const area = markArea(tile, grid);
  for (let s = 16; s >= 4; s -= 1) {
    if (Math.floor(area.width / s) * Math.floor(area.height / s) >= largest) return s;
  }
  return null;
}

function markArea(tile: GridTile, grid: StageGrid) {
  const y = tileLabelBaseline(tile, grid.labelSize) + 6;
  return { x: tile.x + 10, y, width: tile.width - 20, height: tile.y + tile.height - 5 - y };
}

function personMarks(tile: GridTile, people: readonly TeamMember[], s: number, grid: StageGrid, o: ResolvedOptions) {
  const area = markArea(tile, grid);
  const perRow = Math.max(1, Math.floor(area.width / s));
  const ink = tileFill(tile, null, o, grid.rows.length).text;
  return people.map((person, i) => {
    const cx = area.x + (i % perRow) * s + s / 2;
    const cy = area.y + Math.floor(i / perRow) * s + s / 2;
    const highlighted = o.highlight === person.id;
    const dot = highlighted
      ? circle(cx, cy, s * 0.45, o.colors.accent, { stroke: ink, strokeWidth: 1.5 })
      : circle(cx, cy, s * 0.34, ink);
    return group([dot], { role: "person", dataId: person.id, tooltip: person.name });
  });
}

function countLabel(tile: GridTile, count: number, grid: StageGrid, o: ResolvedOptions): SceneNode[] {
  const fill = tileFill(tile, null, o, grid.rows.length);
  return [
    label({
      x: tile.x + tile.width - 12,
      y: tileLabelBaseline(tile, grid.labelSize),
      text: String(count),
      size: grid.labelSize,
      weight: 700,
      fill: fill.text,
      background: fill.fill,
      anchor: "end",
    }),
  ];
}

function coveragePanel(
  teams: ReturnType<typeof teamCoverage>,
  stageName: string,
  x: number,
  top: number,
  width: number,
  unplaced: number,
  o: ResolvedOptions,
): { nodes: SceneNode[]; bottom: number } {
  const c = o.colors;
  const nodes: SceneNode[] = [
    label({
      x,
      y: top + 14,
      text: `Leadership coverage — someone at ${stageName} or beyond`,
      size: 14,
      weight: 700,
      fill: c.ink,
      background: c.background,
      maxWidth: width,
    }),
  ];
  const columns = Math.max(1, Math.min(3, Math.floor(width / 260)));
  const colWidth = width / columns;
  const countText = (t: (typeof teams)[number]) => (t.leaders > 0 ? `${t.leaders} of ${t.members}` : "not yet");
  const countW = Math.max(0, ...teams.map((t) => textWidth(countText(t), 12, 600))) + 12;
  teams.forEach((team, i) => {
    const cx = x + (i % columns) * colWidth;
    const cy = top + 40 + Math.floor(i / columns) * 24;
    const covered = team.leaders > 0;
    // Shape as well as colour: a filled dot for covered teams, a dashed ring for the others.
    const mark = covered
      ? circle(cx + 7, cy - 4, 6, c.accent)
      : circle(cx + 7, cy - 4, 5.5, "none", { stroke: c.muted, strokeWidth: 1.5, dash: "2 2" });
    const count = countText(team);
    nodes.push(
      group(
        [
          mark,
          label({
            x: cx + 20,
            y: cy,
            text: count,
            size: 12,
            weight: 600,
            fill: covered ? c.ink : c.muted,
            background: c.background,
          }),
          label({
            x: cx + 20 + countW,
            y: cy,
            text: team.name,
            size: 12,
            fill: covered ? c.ink : c.muted,
            background: c.background,
            maxWidth: colWidth - 28 - countW,
          }),
        ],
        { role: "coverage", dataId: team.id },
      ),
    );
  });
  let bottom = top + 40 + Math.ceil(teams.length / columns) * 24 - 10;
  if (unplaced > 0) {
    bottom += 14;
    nodes.push(
      label({
        x,
        y: bottom,
        text: `${unplaced} ${unplaced === 1 ? "person has" : "people have"} no check-in yet and are not on the map.`,
        size: 12,
        fill: c.muted,
        background: c.background,
        maxWidth: width,
      }),
    );
  }
  return { nodes, bottom };
}
