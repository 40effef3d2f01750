/**
 * Numbers never travel alone: a progress value is always said together with what it means,
 * e.g. "3.5 — working on Team & system · Ownership".
 */
import type { Framework } from "../framework/framework.types.js";
import { stageLabel } from "../framework/framework-path.js";
import type { Position } from "./progression.types.js";
import { orderedStageIds } from "./stage-order.helper.js";

/** A progress number as people write it: "3", "3.5". */
export function formatProgress(progress: number): string {
  return Number.isInteger(progress) ? String(progress) : progress.toFixed(1);
}

/** One line that says what a position means, e.g. "3.5 — working on Team & system · Ownership". */
export function describePosition(framework: Framework, position: Position): string {
  const number = formatProgress(position.progress);
  if (position.workingOnStageId === null) {
    const last = orderedStageIds(framework).at(-1);
    return last === undefined
      ? `${number} — no stages`
      : `${number} — every stage reached, up to ${stageLabel(framework, last)}`;
  }
  const gaps = position.foundationGaps.length;
  const gapNote = gaps === 0 ? "" : ` (${gaps} stage${gaps === 1 ? "" : "s"} established further up)`;
  return `${number} — working on ${stageLabel(framework, position.workingOnStageId)}${gapNote}`;
}
