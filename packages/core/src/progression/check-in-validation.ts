/**
 * Validation of a check-in against the framework it claims to rate. Problems come back as a
 * result object listing every issue with the field it concerns, so a form or an import can
 * show them all at once instead of stopping at the first.
 */
import type { Framework } from "../framework/framework.types.js";
import { isIsoDateTime, parseIso } from "./iso-time.helper.js";
import type { CheckIn } from "./progression.types.js";
import { isRating } from "./rating.helper.js";

/** One problem with a check-in: the field (a dotted path such as `ratings.team-ownership`) and why. */
export interface CheckInIssue {
  readonly field: string;
  readonly reason: string;
}

/** Either the check-in is valid, or every problem found. */
export type CheckInValidation =
  | { readonly ok: true }
  | { readonly ok: false; readonly issues: readonly CheckInIssue[] };

const ASSESSOR_KINDS: readonly string[] = ["self", "mentor", "joint"];
const STATUSES: readonly string[] = ["draft", "submitted"];

/** Checks a check-in against a framework and the check-in rules; lists every issue, naming its field. */
export function validateCheckIn(framework: Framework, checkIn: CheckIn): CheckInValidation {
  const issues: CheckInIssue[] = [
    ...identityIssues(checkIn),
    ...dateIssues(checkIn),
    ...ratingIssues(framework, checkIn),
    ...signalIssues(framework, checkIn),
  ];
  if (checkIn.frameworkHash !== framework.contentHash) {
    issues.push({ field: "frameworkHash", reason: "was made against another framework version than this one" });
  }
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}

function identityIssues(checkIn: CheckIn): CheckInIssue[] {
  const issues: CheckInIssue[] = [];
  for (const field of ["id", "personId", "authorId"] as const) {
    if (typeof checkIn[field] !== "string" || checkIn[field].trim() === "") {
      issues.push({ field, reason: "is required" });
    }
  }
  if (!ASSESSOR_KINDS.includes(checkIn.assessorKind)) {
    issues.push({ field: "assessorKind", reason: `must be one of ${ASSESSOR_KINDS.join(", ")}` });
  } else if (checkIn.assessorKind === "self" && checkIn.authorId !== checkIn.personId) {
    issues.push({ field: "authorId", reason: "a self check-in is written by the person themselves" });
  }
  if (!STATUSES.includes(checkIn.status)) {
    issues.push({ field: "status", reason: `must be one of ${STATUSES.join(", ")}` });
  }
  if (checkIn.supersedes !== undefined && checkIn.supersedes === checkIn.id) {
    issues.push({ field: "supersedes", reason: "a check-in cannot supersede itself" });
  }
  return issues;
}

function dateIssues(checkIn: CheckIn): CheckInIssue[] {
  const issues: CheckInIssue[] = [];
  if (!isIsoDateTime(checkIn.createdAt)) issues.push({ field: "createdAt", reason: "must be an ISO-8601 timestamp" });
  if (checkIn.status === "submitted" && checkIn.submittedAt === undefined) {
    issues.push({ field: "submittedAt", reason: "is required once the check-in is submitted" });
  } else if (checkIn.status === "draft" && checkIn.submittedAt !== undefined) {
    issues.push({ field: "submittedAt", reason: "a draft has not been submitted yet" });
  } else if (checkIn.submittedAt !== undefined) {
    if (!isIsoDateTime(checkIn.submittedAt)) {
      issues.push({ field: "submittedAt", reason: "must be an ISO-8601 timestamp" });
    } else if (isIsoDateTime(checkIn.createdAt) && parseIso(checkIn.submittedAt) < parseIso(checkIn.createdAt)) {
      issues.push({ field: "submittedAt", reason: "is earlier than createdAt" });
    }
  }
  return issues;
}

function ratingIssues(framework: Framework, checkIn: CheckIn): CheckInIssue[] {
  const known = stageIdSet(framework);
  const issues: CheckInIssue[] = [];
  for (const [stageId, rating] of Object.entries(checkIn.ratings ?? {})) {
    if (!known.has(stageId)) issues.push({ field: `ratings.${stageId}`, reason: "is not a stage of this framework" });
    if (!isRating(rating)) {
      issues.push({ field: `ratings.${stageId}`, reason: "must be not_yet, emerging or established" });
    }
  }
  return issues;
}

function signalIssues(framework: Framework, checkIn: CheckIn): CheckInIssue[] {
  const signalsByStage = new Map(
    framework.levels.flatMap((level) => level.stages.map((s) => [s.id, new Set(s.signals.map((x) => x.id))] as const)),
  );
  const issues: CheckInIssue[] = [];
  for (const [stageId, ticks] of Object.entries(checkIn.signalTicks ?? {})) {
    const signals = signalsByStage.get(stageId);
    if (!signals) {
      issues.push({ field: `signalTicks.${stageId}`, reason: "is not a stage of this framework" });
      continue;
    }
    const seen = new Set<string>();
    ticks.forEach((signalId, index) => {
      const field = `signalTicks.${stageId}[${index}]`;
      if (!signals.has(signalId)) issues.push({ field, reason: `"${signalId}" is not a signal of this stage` });
      else if (seen.has(signalId)) issues.push({ field, reason: `"${signalId}" is ticked twice` });
      seen.add(signalId);
    });
  }
  return issues;
}

function stageIdSet(framework: Framework): ReadonlySet<string> {
  return new Set(framework.levels.flatMap((level) => level.stages.map((stage) => stage.id)));
}
