/** Use case: start a check-in draft about oneself (self) or a mentee (mentor, joint). */
import { type AssessorKind, type CheckIn, startCheckIn, updateDraft } from "@ascent/core";
import { insertCheckIns } from "../../store/repositories/check-in.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";
import { type CheckInChangesInput, readCheckInChanges } from "./check-in-changes.input.js";
import { checkCheckIn } from "./check-in-rules.js";

/** Input of createCheckInDraft. */
export interface CreateCheckInDraftInput extends CheckInChangesInput {
  readonly personId: unknown;
  readonly assessorKind: unknown;
}

/** A check-in and the version the next edit must quote. */
export interface CheckInResult {
  readonly checkIn: CheckIn;
  readonly version: number;
}

const KINDS: readonly AssessorKind[] = ["self", "mentor", "joint"];

/**
 * Starts a draft, private to its author until submitted. A self check-in is the person's own; a
 * mentor or joint check-in is written by the person's current mentor.
 */
export async function createCheckInDraft(
  ctx: AppContext,
  actor: Actor,
  input: CreateCheckInDraftInput,
): Promise<CheckInResult> {
  const issues = new IssueList();
  const personId = issues.text("personId", input.personId);
  const assessorKind = issues.oneOf("assessorKind", input.assessorKind, KINDS);
  const changes = readCheckInChanges(issues, input);
  issues.throwIfAny();
  const grants = await requireAccess(ctx, actor, Permission.CheckInCreate, [personId!]);
  const via = grants.get(personId!);
  if (assessorKind === "self" && via !== "owner")
    issues.add("assessorKind", "a self check-in is written by the person themselves");
  if (assessorKind !== "self" && via !== "mentor")
    issues.add("assessorKind", "a mentor or joint check-in is written by the person's mentor");
  issues.throwIfAny();

  return inTransaction(ctx.db, async (db) => {
    const framework = await activeFramework(db);
    const started = startCheckIn(
      {
        id: ctx.newId(),
        personId: personId!,
        authorId: actor.personId,
        assessorKind: assessorKind!,
        frameworkHash: framework.contentHash,
      },
      ctx.now(),
    );
    const checkIn = updateDraft(started, changes);
    await checkCheckIn(db, framework, checkIn, issues);
    issues.throwIfAny();
    await insertCheckIns(db, [checkIn]);
    return { checkIn, version: 1 };
  });
}
