/**
 * Use case: mark (or clear) "staying here by choice" — by the person, or their mentor with them.
 * Nobody so marked is named by a "stuck" or "candidate" nudge.
 */
import type { Person } from "@ascent/core";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findPerson, updatePerson } from "../../store/repositories/person.repository.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";

/** Input of markStayingByChoice. */
export interface MarkStayingByChoiceInput {
  readonly personId: unknown;
  readonly version: unknown;
  /** true to mark, false to clear. */
  readonly staying: unknown;
  readonly note?: unknown;
}

/** A person and the version the next edit must quote. */
export interface PersonResult {
  readonly person: Person;
  readonly version: number;
}

/** Sets or clears the mark; `conflict` when the person changed since `version`. */
export async function markStayingByChoice(
  ctx: AppContext,
  actor: Actor,
  input: MarkStayingByChoiceInput,
): Promise<PersonResult> {
  const issues = new IssueList();
  const personId = issues.text("personId", input.personId);
  const version = issues.positiveInteger("version", input.version);
  if (typeof input.staying !== "boolean") issues.add("staying", "must be true or false");
  const note = issues.optionalText("note", input.note, 2000) ?? "";
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.StayingByChoiceSet, [personId!]);
  return inTransaction(ctx.db, async (db) => {
    const stored = await findPerson(db, personId!);
    if (!stored) throw notFound("person");
    if (stored.version !== version) throw conflict("Person", version!, stored.version);
    const stayingByChoice = input.staying === true ? { since: ctx.now(), note } : null;
    const person = { ...stored.value, stayingByChoice };
    return { person, version: await translatingStoreErrors(() => updatePerson(db, person, version!)) };
  });
}
