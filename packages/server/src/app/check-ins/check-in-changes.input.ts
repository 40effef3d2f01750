/**
 * The editable parts of a check-in as they arrive from a caller, checked for shape. Whether the
 * stage and signal ids exist is the core's validateCheckIn's job, run once the draft is built.
 */
import type { DraftChanges } from "@ascent/core";
import { isRecord } from "../validation/is-record.js";
import type { IssueList } from "../validation/issue-list.js";

/** What a caller may send to change a draft. */
export interface CheckInChangesInput {
  readonly ratings?: unknown;
  readonly signalTicks?: unknown;
  readonly notes?: unknown;
  readonly evidenceIds?: unknown;
}

/** The draft changes in `input`, with shape problems added to `issues`. */
export function readCheckInChanges(issues: IssueList, input: CheckInChangesInput): DraftChanges {
  const changes: { -readonly [K in keyof DraftChanges]: DraftChanges[K] } = {};
  if (input.ratings !== undefined) {
    if (isRecord(input.ratings)) changes.ratings = input.ratings as DraftChanges["ratings"];
    else issues.add("ratings", "must be an object of stage id → rating");
  }
  if (input.signalTicks !== undefined) {
    const ticks = input.signalTicks;
    if (
      isRecord(ticks) &&
      Object.values(ticks).every((v) => Array.isArray(v) && v.every((s) => typeof s === "string"))
    ) {
      changes.signalTicks = ticks as DraftChanges["signalTicks"];
    } else issues.add("signalTicks", "must be an object of stage id → list of signal ids");
  }
  const notes = issues.optionalText("notes", input.notes);
  if (notes !== undefined) changes.notes = notes;
  if (input.evidenceIds !== undefined) {
    const ids = issues.idList("evidenceIds", input.evidenceIds);
    if (ids) changes.evidenceIds = ids;
  }
  return changes;
}
