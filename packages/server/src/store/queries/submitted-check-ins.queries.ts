/**
 * The submitted check-ins diagrams compute positions and paths from: ratings and dates only. Notes,
 * signal ticks and evidence links are never even read, so no text a diagram must not show is ever
 * in memory for it. Superseded check-ins are read too: the core's rules drop them (a correction
 * replaces them in every computation), exactly as the CLI's diagrams do.
 */
import type { CheckIn } from "@ascent/core";
import { checkInFromRow } from "../repositories/check-in.repository.js";
import type { Db } from "../repositories/store.types.js";

/** Whose check-ins: one person's, or the active people of some teams (null: every active person). */
export type CheckInScope = { readonly personId: string } | { readonly teamIds: readonly string[] | null };

/** Submitted check-ins in scope, by person id, oldest first. */
export async function submittedCheckIns(db: Db, scope: CheckInScope): Promise<Map<string, CheckIn[]>> {
  let query = db
    .selectFrom("check_in")
    .innerJoin("person", "person.id", "check_in.person_id")
    .select([
      "check_in.id",
      "check_in.person_id",
      "check_in.author_id",
      "check_in.assessor_kind",
      "check_in.status",
      "check_in.framework_hash",
      "check_in.created_at",
      "check_in.submitted_at",
      "check_in.supersedes",
      "check_in.ratings",
    ])
    .where("check_in.status", "=", "submitted");
  if ("personId" in scope) query = query.where("check_in.person_id", "=", scope.personId);
  else {
    if (scope.teamIds !== null && scope.teamIds.length === 0) return new Map();
    query = query.where("person.status", "=", "active");
    if (scope.teamIds !== null) query = query.where("person.team_id", "in", [...scope.teamIds]);
  }
  const rows = await query.orderBy("check_in.submitted_at").orderBy("check_in.id").execute();
  const byPerson = new Map<string, CheckIn[]>();
  for (const row of rows) {
    const checkIn = checkInFromRow({ ...row, signal_ticks: null, notes: null, evidence_ids: null, version: 0 });
    const list = byPerson.get(row.person_id);
    if (list) list.push(checkIn);
    else byPerson.set(row.person_id, [checkIn]);
  }
  return byPerson;
}
