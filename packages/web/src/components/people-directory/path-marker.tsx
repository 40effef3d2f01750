/**
 * A person's place on the path, small enough for a list row: the stages as a rising strip of
 * tiles (one step up per level, awareness tiles tinted, ownership tiles full), the own view as a
 * circle above the strip and the mentor's view as a diamond below it, joined by a thin line when
 * they differ. The picture is decorative; the words beside it say the same for everyone.
 */
import { type Framework, frameworkPath, type PathStage } from "@ascent/core";
import type { ListPosition } from "../../api/contract.js";
import { stageTitle } from "../../lib/path-helpers.js";

const TILE = 12;
const STEP = 15;
const RISE = 5;
const LANE = 11;

/** The CSS colour of a level on the four-step level ramp (more levels share the nearest step). */
function levelColour(levelIndex: number, levels: number): string {
  const step = levels <= 1 ? 2 : 1 + Math.round((levelIndex * 3) / (levels - 1));
  return `var(--level-${step})`;
}

/** The tile a position works on (the last tile once every stage is reached). */
function tileOf(position: ListPosition, stages: number): number {
  return Math.min(stages - 1, Math.max(0, Math.floor(position.progress)));
}

/** "working on Team & system · Ownership (3.5)" — a number always with its meaning. */
export function positionWords(path: readonly PathStage[], position: ListPosition): string {
  const next = path.find((s) => s.stage.id === position.workingOnStageId);
  const where = next ? `working on ${stageTitle(next)}` : "every stage reached";
  return `${where} (${position.progress})`;
}

/** A person's two views of their place: their own and their mentor's (either may be missing). */
interface PathMarkerProps {
  readonly framework: Framework;
  readonly self: ListPosition | null;
  readonly mentor: ListPosition | null;
}

/** The strip with its markers. */
export function PathMarkerPicture({ framework, self, mentor }: PathMarkerProps) {
  const path = frameworkPath(framework);
  const levels = framework.levels.length;
  const width = path.length * STEP;
  const tilesTop = LANE;
  const height = LANE * 2 + (levels - 1) * RISE + TILE;
  const yOf = (s: PathStage) => tilesTop + (levels - 1 - s.levelIndex) * RISE;
  const xOf = (i: number) => i * STEP + TILE / 2 + 1;
  const counted = mentor ?? self;
  const reached = counted ? Math.floor(counted.progress) : 0;
  const selfTile = self ? tileOf(self, path.length) : null;
  const mentorTile = mentor ? tileOf(mentor, path.length) : null;
  const selfY = LANE / 2;
  const mentorY = height - LANE / 2;
  return (
    <svg
      className="path-marker"
      viewBox={`0 0 ${width + 2} ${height}`}
      width={width + 2}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      {path.map((s, i) => {
        const colour = levelColour(s.levelIndex, levels);
        const ownership = s.stageIndex === s.level.stages.length - 1 && s.level.stages.length > 1;
        const done = i < reached;
        return (
          <rect
            key={s.stage.id}
            x={i * STEP + 1}
            y={yOf(s)}
            width={TILE}
            height={TILE}
            rx={3}
            fill={done ? colour : "var(--surface)"}
            fillOpacity={done && !ownership ? 0.5 : 1}
            stroke={colour}
            strokeWidth={1.5}
            className={counted && i === reached && reached < path.length ? "path-marker__working" : undefined}
          />
        );
      })}
      {selfTile !== null && mentorTile !== null && selfTile !== mentorTile && (
        <line
          x1={xOf(selfTile)}
          y1={selfY}
          x2={xOf(mentorTile)}
          y2={mentorY}
          stroke="var(--line-strong)"
          strokeWidth={1}
        />
      )}
      {selfTile !== null && (
        <circle cx={xOf(selfTile)} cy={selfY} r={4} fill="var(--surface)" stroke="var(--accent)" strokeWidth={2} />
      )}
      {mentorTile !== null && (
        <rect
          x={xOf(mentorTile) - 3.5}
          y={mentorY - 3.5}
          width={7}
          height={7}
          transform={`rotate(45 ${xOf(mentorTile)} ${mentorY})`}
          fill="var(--mentor)"
        />
      )}
    </svg>
  );
}

/** The picture and its words: own view and mentor's view on their own lines, never mixed. */
export function PathMarker({ framework, self, mentor }: PathMarkerProps) {
  const path = frameworkPath(framework);
  if (!self && !mentor) return <span className="meta">No check-in yet</span>;
  return (
    <div className="path-marker-row">
      <PathMarkerPicture framework={framework} self={self} mentor={mentor} />
      <div className="path-marker-words">
        {self && (
          <span className="path-marker-view">
            <span className="path-marker-key path-marker-key--self" aria-hidden="true" />
            <span>
              <span className="path-marker-label">Own view:</span> {positionWords(path, self)}
            </span>
          </span>
        )}
        {mentor && (
          <span className="path-marker-view">
            <span className="path-marker-key path-marker-key--mentor" aria-hidden="true" />
            <span>
              <span className="path-marker-label">Mentor's view:</span> {positionWords(path, mentor)}
            </span>
          </span>
        )}
      </div>
    </div>
  );
}
