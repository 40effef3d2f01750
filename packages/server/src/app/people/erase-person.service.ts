/**
 * Use case: erase a person on request, by an admin. Personal text goes — name, email, notes,
 * evidence text, plan notes, moment text, private notes — while their place in aggregates stays:
 * ratings, positions, position changes and moment states remain, attached to "Erased person".
 */
import type { Kysely } from "kysely";
import { inTransaction } from "../../store/repositories/in-transaction.js";
import { findPerson, updatePerson } from "../../store/repositories/person.repository.js";
import type { Database } from "../../store/schema/database.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { conflict, forbiddenState, notFound } from "../errors/app-error.js";
import { translatingStoreErrors } from "../errors/from-store-error.js";
import { IssueList } from "../validation/issue-list.js";
import { endPersonAccess } from "./end-person-access.js";
import type { PersonResult } from "./mark-staying-by-choice.service.js";

/** The name an erased person is shown under. */
export const ERASED_NAME = "Erased person";

/** A unique address that can never receive mail (.invalid is reserved), keeping email columns unique. */
export function erasedEmail(personId: string): string {
  return `erased-${personId}@erased.invalid`;
}

/** Input of erasePerson. */
export interface ErasePersonInput {
  readonly personId: unknown;
  readonly version: unknown;
}

/** Erases the person's personal text in one transaction; `forbidden_state` when already erased. */
export async function erasePerson(ctx: AppContext, actor: Actor, input: ErasePersonInput): Promise<PersonResult> {
  const issues = new IssueList();
  const personId = issues.text("personId", input.personId);
  const version = issues.positiveInteger("version", input.version);
  issues.throwIfAny();
  await requireAccess(ctx, actor, Permission.PersonManage, [personId!]);
  return inTransaction(ctx.db, async (db) => {
    const stored = await findPerson(db, personId!);
    if (!stored) throw notFound("person");
    if (stored.value.status === "erased") throw forbiddenState("The person is already erased");
    if (stored.version !== version) throw conflict("Person", version!, stored.version);
    const at = ctx.now();
    const staying = stored.value.stayingByChoice;
    const person = {
      ...stored.value,
      name: ERASED_NAME,
      email: erasedEmail(personId!),
      title: "",
      status: "erased" as const,
      // The choice itself still keeps them out of nudges; only its words were personal.
      stayingByChoice: staying && { since: staying.since, note: "" },
    };
    const next = await translatingStoreErrors(() => updatePerson(db, person, version!));
    await endPersonAccess(db, personId!, at);
    await eraseText(db, personId!);
    await db
      .insertInto("audit_log")
      .values({
        id: ctx.newId(),
        at,
        actor_id: actor.accountId,
        action: "person.erased",
        target_kind: "person",
        target_id: personId!,
        details: "{}",
      })
      .execute();
    return { person, version: next };
  });
}

/** Blanks every personal text of the person (and written about them in moments and private notes). */
async function eraseText(db: Kysely<Database>, personId: string): Promise<void> {
  await db
    .updateTable("account")
    .set({ email: erasedEmail(personId), password_hash: null })
    .where("person_id", "=", personId)
    .execute();
  await db.deleteFrom("invitation").where("person_id", "=", personId).execute();
  // Check-ins they wrote or that are about them: the words go, the ratings stay for the aggregates.
  await db
    .updateTable("check_in")
    .set({ notes: null })
    .where((eb) => eb.or([eb("person_id", "=", personId), eb("author_id", "=", personId)]))
    .execute();
  await db
    .updateTable("evidence")
    .set({ title: "Erased", body: "", url: null })
    .where("person_id", "=", personId)
    .execute();
  const plans = db.selectFrom("growth_plan").select("id").where("person_id", "=", personId);
  await db.updateTable("goal").set({ review_notes: "" }).where("plan_id", "in", plans).execute();
  // Goals seeded from the framework are the framework's words; only their own goals are personal.
  await db
    .updateTable("goal")
    .set({ title: "Erased goal" })
    .where("plan_id", "in", plans)
    .where("from_action", "is", null)
    .execute();
  const moments = db
    .selectFrom("moment")
    .select("id")
    .where((eb) => eb.or([eb("giver_id", "=", personId), eb("receiver_id", "=", personId)]));
  await db.updateTable("moment").set({ outcome: "" }).where("id", "in", moments).execute();
  await db.updateTable("moment_follow_up").set({ note: "" }).where("moment_id", "in", moments).execute();
  await db
    .updateTable("private_note")
    .set({ body: "" })
    .where((eb) => eb.or([eb("author_id", "=", personId), eb("person_id", "=", personId)]))
    .execute();
}
