/**
 * What must hold after a crash and a restart, read from the database itself and back through the
 * API:
 *   - every acknowledged write is there (drafts created, check-ins submitted, plan versions);
 *   - no check-in is there without all of its ratings (they sit in the check-in's own row, as one
 *     JSON object per the schema, so a torn write would show as a missing or different object),
 *     and none is there that the client never sent;
 *   - the read models moved with the check-ins (current position and position changes equal a
 *     replay of the stored check-ins: they are written in the same transaction);
 *   - the plan's goals are exactly the list written with its stored version (the edit deletes and
 *     re-inserts them in one transaction: a torn edit would leave none, or a mix).
 */
import type { CheckIn } from "@ascent/core";
import { replayPerson } from "../../packages/server/src/store/read-models/rebuild-read-models.js";
import { checkInFromRow } from "../../packages/server/src/store/repositories/check-in.repository.js";
import { activeFramework } from "../../packages/server/src/store/repositories/framework-version.repository.js";
import type { ApiClient, ReliabilityDatabase } from "../support/index.js";
import type { WriteLedger } from "./write-ledger.js";

/** What a verification found. */
export interface Verification {
  /** Acknowledged writes found in the database as acknowledged. */
  readonly verified: number;
  /** Check-ins stored although their create was never acknowledged (cut off by the crash). */
  readonly landedUnacknowledged: number;
  /** Everything wrong, in words; empty when the database kept its promises. */
  readonly problems: string[];
}

function sameRatings(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Checks every acknowledged write of the ledger against the database (a direct connection). */
export async function verifyInDatabase(
  database: ReliabilityDatabase,
  personId: string,
  ledger: WriteLedger,
): Promise<Verification> {
  const problems: string[] = [];
  let verified = 0;
  let landedUnacknowledged = 0;
  const opened = await database.open();
  try {
    const { db } = opened;
    const rows = await db.selectFrom("check_in").selectAll().where("person_id", "=", personId).execute();
    const checkIns: CheckIn[] = rows.map(checkInFromRow);
    const byMarker = new Map(checkIns.map((c) => [c.notes ?? "", c]));

    for (const checkIn of checkIns) {
      const attempt = ledger.checkIns.get(checkIn.notes ?? "");
      if (!attempt) {
        problems.push(`check-in ${checkIn.id} was never sent (notes ${JSON.stringify(checkIn.notes)})`);
        continue;
      }
      if (!sameRatings(checkIn.ratings, attempt.ratings)) {
        problems.push(
          `check-in ${checkIn.id} has ratings ${JSON.stringify(checkIn.ratings)}, sent ${JSON.stringify(attempt.ratings)}`,
        );
      }
      if (attempt.id === null) landedUnacknowledged += 1;
      else if (attempt.id !== checkIn.id)
        problems.push(`check-in ${attempt.marker} stored as ${checkIn.id}, acknowledged as ${attempt.id}`);
    }

    for (const attempt of ledger.checkIns.values()) {
      if (attempt.id === null) continue;
      const stored = byMarker.get(attempt.marker);
      if (!stored) {
        problems.push(`acknowledged check-in ${attempt.id} (round ${attempt.round}) is missing`);
        continue;
      }
      verified += 1;
      if (!attempt.submitted) continue;
      if (stored.status !== "submitted") {
        problems.push(`acknowledged submit of ${attempt.id} (round ${attempt.round}) is lost: status ${stored.status}`);
        continue;
      }
      verified += 1;
    }

    // The read models must equal a replay of the stored check-ins.
    const framework = await activeFramework(db);
    const replay = replayPerson(framework, personId, checkIns);
    const current = await db
      .selectFrom("current_position")
      .selectAll()
      .where("person_id", "=", personId)
      .executeTakeFirst();
    if ((current?.check_in_id ?? null) !== (replay.current?.check_in_id ?? null)) {
      problems.push(
        `current position comes from ${current?.check_in_id ?? "nothing"}, the check-ins say ${replay.current?.check_in_id ?? "nothing"}`,
      );
    } else if (current && replay.current && Number(current.progress) !== replay.current.progress) {
      problems.push(`current progress ${current.progress}, the check-ins say ${replay.current.progress}`);
    }
    const changes = await db
      .selectFrom("position_change")
      .select("check_in_id")
      .where("person_id", "=", personId)
      .execute();
    const storedChanges = new Set(changes.map((c) => c.check_in_id));
    const replayChanges = new Set(replay.changes.map((c) => c.check_in_id));
    if (storedChanges.size !== replayChanges.size || [...replayChanges].some((id) => !storedChanges.has(id))) {
      problems.push(`position changes ${storedChanges.size} stored, ${replayChanges.size} replayed from the check-ins`);
    }

    // The plan: at least the acknowledged version, with exactly the goals written for it.
    const plan = ledger.plan;
    const planRow = await db
      .selectFrom("growth_plan")
      .select("version")
      .where("id", "=", plan.planId)
      .executeTakeFirst();
    if (!planRow) problems.push("the growth plan is missing");
    else {
      const version = Number(planRow.version);
      if (version < plan.ackedVersion) {
        problems.push(`plan is at version ${version}, version ${plan.ackedVersion} was acknowledged`);
      } else {
        // Versions only ever go up by one: reaching the acknowledged one means every acknowledged edit is in.
        verified += plan.ackedEdits;
        const goals = await db
          .selectFrom("goal")
          .select("title")
          .where("plan_id", "=", plan.planId)
          .orderBy("position")
          .execute();
        const titles = goals.map((g) => g.title);
        const expected = plan.goalsByVersion.get(version);
        if (!expected || titles.join("\n") !== expected.join("\n")) {
          problems.push(
            `plan version ${version} has goals ${JSON.stringify(titles)}, written ${JSON.stringify(expected)}`,
          );
        }
      }
    }
  } finally {
    await opened.close();
  }
  return { verified, landedUnacknowledged, problems };
}

/** Reads this round's acknowledged check-ins back through the API (as the client would). */
export async function verifyThroughApi(api: ApiClient, ledger: WriteLedger, round: number): Promise<Verification> {
  const problems: string[] = [];
  let verified = 0;
  for (const attempt of ledger.checkIns.values()) {
    if (attempt.round !== round || attempt.id === null) continue;
    const read = await api.get<{ checkIn?: CheckIn }>(`/api/v1/check-ins/${attempt.id}`);
    const checkIn = read.body.checkIn;
    if (read.status !== 200 || !checkIn) {
      problems.push(`GET check-in ${attempt.id} → ${read.status}`);
      continue;
    }
    if (!sameRatings(checkIn.ratings, attempt.ratings)) problems.push(`API: check-in ${attempt.id} lost ratings`);
    else if (attempt.submitted && checkIn.status !== "submitted") problems.push(`API: ${attempt.id} not submitted`);
    else verified += 1;
  }
  return { verified, landedUnacknowledged: 0, problems };
}
