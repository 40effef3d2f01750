/** Small readings of the framework and positions that several pages share. */
import {
  type CheckIn,
  describePosition,
  type Framework,
  frameworkPath,
  type PathStage,
  type Position,
  type Rating,
} from "@ascent/core";
import type { PositionSummary } from "../api/contract.js";

/** "Team & system · Ownership". */
export function stageTitle(s: PathStage): string {
  return `${s.level.name} · ${s.stage.name}`;
}

/** The path stage of an id, if the framework has it. */
export function pathStage(framework: Framework, stageId: string | null | undefined): PathStage | undefined {
  if (!stageId) return undefined;
  return frameworkPath(framework).find((s) => s.stage.id === stageId || s.stage.replaces.includes(stageId));
}

/** The title of a stage id, or the id itself for a stage this framework no longer has. */
export function stageTitleOf(framework: Framework, stageId: string): string {
  const s = pathStage(framework, stageId);
  return s ? stageTitle(s) : stageId;
}

/** The position that counts for home pages: the mentor's (or joint) view when there is one, else the own view. */
export function primaryPosition(positions: {
  readonly self: PositionSummary | null;
  readonly mentor: PositionSummary | null;
}): PositionSummary | null {
  return positions.mentor ?? positions.self;
}

/** "3.5 — working on Team & system · Ownership". */
export function describe(framework: Framework, position: Position): string {
  return describePosition(framework, position);
}

/** Plain words for a rating. */
export const RATING_WORDS: Record<Rating, string> = {
  not_yet: "Not yet",
  emerging: "Emerging",
  established: "Established",
};

/** Who wrote a check-in, in words. */
export const ASSESSOR_WORDS: Record<CheckIn["assessorKind"], string> = {
  self: "Own view",
  mentor: "Mentor's view",
  joint: "Together with mentor",
};

/** A date as people read it, e.g. "3 March 2026" (UTC, so everyone sees the same day). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** First name for a greeting (the whole name when it has no space). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * What a progress number means on the path: "working on Team & system · Ownership" (or "every stage
 * reached"), so a number is never shown without its meaning.
 */
export function progressMeaning(framework: Framework, progress: number): string {
  const path = frameworkPath(framework);
  const reached = Math.floor(progress);
  const next = path[reached];
  return next ? `working on ${stageTitle(next)}` : "every stage reached";
}
