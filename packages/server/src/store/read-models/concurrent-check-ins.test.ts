/**
 * Check-ins submitted at the same moment on two real connections (this process and a second
 * writer process): the read models and the dashboard counts must come out as if the check-ins had
 * been recorded one after the other. On PostgreSQL both writers are held at the same point (the
 * people's rows locked from a third connection) and let go together, so both are in flight at once.
 */
import { type CheckIn, defaultFramework, frameworkPath, type Rating, type StageId } from "@ascent/core";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { AscentDatabase } from "../engine/open-database.js";
import { insertGroupsWithoutLeads } from "../repositories/group.repository.js";
import { insertOrganisation } from "../repositories/organisation.repository.js";
import { insertPeople } from "../repositories/person.repository.js";
import { insertTeamsWithoutLeads } from "../repositories/team.repository.js";
import { startConcurrentWriter } from "../testing/concurrent-writer.js";
import { recordCheckInWithPosition } from "../testing/record-check-in.fixture.js";
import { buildPerson, buildStoredCheckIn } from "../testing/store-fixtures.js";
import { forEachEngine, type TestEngine } from "../testing/test-engines.js";
import { countedFromScratch, recountDashboardCounts, storedDashboardCounts } from "./dashboard-counts.js";
import { listCurrentPositions } from "./position.repository.js";
import { rebuildReadModels } from "./rebuild-read-models.js";

const framework = defaultFramework();
const path = frameworkPath(framework).map((p) => p.stage.id);

/** Ratings: the first `established` stages established, the next one emerging. */
function ratings(established: number): Record<StageId, Rating> {
  return Object.fromEntries(
    path.map((id, i) => [id, i < established ? "established" : i === established ? "emerging" : "not_yet"]),
  ) as Record<StageId, Rating>;
}

function checkIn(id: string, personId: string, at: string, established: number, mentor = false): CheckIn {
  return buildStoredCheckIn({
    id,
    personId,
    authorId: mentor ? "m1" : personId,
    assessorKind: mentor ? "mentor" : "self",
    createdAt: at,
    submittedAt: at,
    ratings: ratings(established),
  });
}

/** One group, one team of three people (a, b, c) with a mentor m1 outside it; counts recounted. */
async function seedTeam(db: AscentDatabase["db"]): Promise<void> {
  await insertOrganisation(db, { id: "org", name: "Org", settings: {}, createdAt: "2024-01-01T00:00:00.000Z" });
  await insertGroupsWithoutLeads(db, [{ id: "g1", name: "Platform group", leadIds: [] }]);
  await insertTeamsWithoutLeads(db, [{ id: "t1", name: "Platform", groupId: "g1", leadIds: [] }]);
  await insertPeople(db, [
    ...["a", "b", "c"].map((id) => buildPerson({ id, teamId: "t1" })),
    buildPerson({ id: "m1", title: "Staff engineer" }),
  ]);
  await recountDashboardCounts(db);
}

/**
 * Runs `mine` here and `theirs` in the writer at the same time. On PostgreSQL a third connection
 * first locks the people's rows: both writers then wait at their first write (the check-in's
 * reference to its person) until the lock goes, and start together. On SQLite the second process
 * simply races this one for the database's write lock.
 */
async function together(
  engine: TestEngine,
  database: AscentDatabase,
  personIds: readonly string[],
  mine: () => Promise<unknown>,
  theirs: () => Promise<unknown>,
): Promise<void> {
  if (engine.dialect === "sqlite") {
    await Promise.all([theirs(), mine()]);
    return;
  }
  const holder = await engine.connectAgain(database);
  let locked!: () => void;
  let release!: () => void;
  const isLocked = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = holder.db.transaction().execute(async (trx) => {
    await trx.selectFrom("person").select("id").where("id", "in", personIds).forUpdate().execute();
    locked();
    await released;
  });
  await isLocked;
  const writes = Promise.all([theirs(), mine()]);
  await bothWaiting(engine, database);
  release();
  await held;
  await writes;
}

/** Waits (at most 5 s) until two sessions wait for a lock — the two writers, on a real server. */
async function bothWaiting(engine: TestEngine, database: AscentDatabase): Promise<void> {
  if (engine.serialisesTransactions) {
    // PGlite runs one transaction at a time: the writers queue behind the holder anyway.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return;
  }
  const observer = await engine.connectAgain(database);
  for (let attempt = 0; attempt < 100; attempt++) {
    const { rows } = await sql<{ n: number | string }>`
      select count(*) as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(observer.db);
    if (Number(rows[0]?.n) >= 2) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the two writers never both waited for the held lock");
}

/** The fields of a current position that history decides (not when the last refresh ran). */
async function positions(db: AscentDatabase["db"]) {
  return (await listCurrentPositions(db)).map((p) => ({
    personId: p.personId,
    checkInId: p.checkInId,
    source: p.source,
    progress: p.progress,
    reached: p.reached,
    workingOnStageId: p.workingOnStageId,
  }));
}

forEachEngine((engine) => {
  describe("check-ins submitted at the same moment on two connections", () => {
    it("count both check-ins of one person once each, from a history holding both", async () => {
      const database = await engine.create();
      await seedTeam(database.db);
      const writer = await startConcurrentWriter(engine.configOf(database));
      try {
        await recordCheckInWithPosition(database.db, framework, checkIn("a-0", "a", "2024-03-01T00:00:00Z", 1));
        for (let round = 1; round <= 3; round++) {
          // A self check-in and a mentor check-in of the same person, a day apart, in flight together.
          const self = checkIn(`a-${round}-self`, "a", `2024-0${3 + round}-01T00:00:00Z`, round + 1);
          const mentor = checkIn(`a-${round}-mentor`, "a", `2024-0${3 + round}-02T00:00:00Z`, round + 2, true);
          await together(
            engine,
            database,
            ["a"],
            () => recordCheckInWithPosition(database.db, framework, self),
            () => writer.recordCheckIn(mentor),
          );
        }
        expect(await storedDashboardCounts(database.db)).toEqual(await countedFromScratch(database.db));
        const recorded = await positions(database.db);
        // The last mentor check-in counts (mentor views win over self views), whichever committed last.
        expect(recorded.find((p) => p.personId === "a")).toMatchObject({ checkInId: "a-3-mentor", reached: 5 });
        await rebuildReadModels(database.db, framework);
        expect(recorded).toEqual(await positions(database.db));
      } finally {
        await writer.close();
      }
    });

    it("cover an uncovered team once when two of its people reach team ownership at once", async () => {
      const database = await engine.create();
      await seedTeam(database.db);
      const writer = await startConcurrentWriter(engine.configOf(database));
      try {
        await recordCheckInWithPosition(database.db, framework, checkIn("c-0", "c", "2024-03-01T00:00:00Z", 1));
        const uncovered = async () =>
          (
            await database.db
              .selectFrom("coverage_count")
              .select(["scope", "teams", "uncovered"])
              .orderBy("scope")
              .execute()
          ).map((r) => ({ scope: r.scope, teams: Number(r.teams), uncovered: Number(r.uncovered) }));
        expect(await uncovered()).toEqual([
          { scope: "", teams: 1, uncovered: 1 },
          { scope: "g1", teams: 1, uncovered: 1 },
        ]);
        // Team ownership is the fourth stage: four established stages make a leader.
        await together(
          engine,
          database,
          ["a", "b"],
          () => recordCheckInWithPosition(database.db, framework, checkIn("a-1", "a", "2024-04-01T00:00:00Z", 4)),
          () => writer.recordCheckIn(checkIn("b-1", "b", "2024-04-01T00:00:00Z", 5)),
        );
        expect(await uncovered()).toEqual([
          { scope: "", teams: 1, uncovered: 0 },
          { scope: "g1", teams: 1, uncovered: 0 },
        ]);
        const team = await database.db.selectFrom("team_coverage").selectAll().executeTakeFirstOrThrow();
        expect({ members: Number(team.members), leaders: Number(team.leaders) }).toEqual({ members: 3, leaders: 2 });
        // And both lose it at once: the team is uncovered again, counted once.
        await together(
          engine,
          database,
          ["a", "b"],
          () => recordCheckInWithPosition(database.db, framework, checkIn("a-2", "a", "2024-05-01T00:00:00Z", 2, true)),
          () => writer.recordCheckIn(checkIn("b-2", "b", "2024-05-01T00:00:00Z", 1, true)),
        );
        expect(await uncovered()).toEqual([
          { scope: "", teams: 1, uncovered: 1 },
          { scope: "g1", teams: 1, uncovered: 1 },
        ]);
        expect(await storedDashboardCounts(database.db)).toEqual(await countedFromScratch(database.db));
      } finally {
        await writer.close();
      }
    });
  });
});
