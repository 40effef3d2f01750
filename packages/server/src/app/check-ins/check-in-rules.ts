/** Checks shared by the check-in services: the framework's verdict and evidence ownership. */
import { type CheckIn, type Framework, validateCheckIn } from "@ascent/core";
import type { Kysely } from "kysely";
import { listEvidence } from "../../store/repositories/evidence.repository.js";
import type { Database } from "../../store/schema/database.js";
import type { IssueList } from "../validation/issue-list.js";

/**
 * Adds every problem with `checkIn` to `issues`: the core's validation against the framework, and
 * evidence that is not the assessed person's own (linking someone else's evidence would leak it).
 * `linkedBefore` are the ids the stored record already listed: one whose evidence was deleted since
 * resolves to nothing, leaks nothing and must not block the draft, so it is let through.
 */
export async function checkCheckIn(
  db: Kysely<Database>,
  framework: Framework,
  checkIn: CheckIn,
  issues: IssueList,
  linkedBefore: readonly string[] = [],
): Promise<void> {
  const verdict = validateCheckIn(framework, checkIn);
  // The service stamps the hash itself; a draft begun before a framework change is checked against
  // the stages in force now rather than refused for its stamp.
  if (!verdict.ok) {
    for (const issue of verdict.issues) if (issue.field !== "frameworkHash") issues.add(issue.field, issue.reason);
  }
  const evidenceIds = checkIn.evidenceIds ?? [];
  if (evidenceIds.length === 0) return;
  const owners = new Map((await listEvidence(db, { ids: evidenceIds })).map((e) => [e.id, e.personId]));
  const kept = new Set(linkedBefore);
  evidenceIds.forEach((id, index) => {
    const owner = owners.get(id);
    if (owner === undefined && kept.has(id)) return;
    if (owner !== checkIn.personId) {
      issues.add(`evidenceIds[${index}]`, "is not evidence of the person this check-in is about");
    }
  });
}
