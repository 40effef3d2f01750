/**
 * Erasure on request: the words a person wrote or that were written about them go, while ratings,
 * positions and moment states stay for the aggregates. The service decides when; this is the how.
 */
import type { Db } from "./store.types.js";

/**
 * Blanks every personal text of the person (and written about them in moments and private notes);
 * their account keeps `erasedEmail`, an address that can never receive mail, and no password.
 */
export async function erasePersonalText(db: Db, personId: string, erasedEmail: string): Promise<void> {
  await db
    .updateTable("account")
    .set({ email: erasedEmail, password_hash: null })
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
