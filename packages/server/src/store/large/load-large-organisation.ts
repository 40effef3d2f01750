/**
 * Loading the large benchmark organisation (core's `generateLargeOrganisation`, 100,000 people and
 * two million check-ins at full scale) in one transaction: streamed in batches, bulk inserts,
 * secondary indexes dropped first and rebuilt once at the end, and the read models computed per
 * person in memory — each person's check-ins come from the generator together, oldest first, so
 * one person at a time is replayed, never the whole history.
 */
import { type CheckIn, generateLargeOrganisation, type IsoDateTime } from "@ascent/core";
import { sql } from "kysely";
import type { AscentDatabase } from "../engine/open-database.js";
import { StoreError } from "../errors/store-error.js";
import { recountDashboardCounts } from "../read-models/dashboard-counts.js";
import { replayPerson } from "../read-models/rebuild-read-models.js";
import { insertFrameworkVersions } from "../repositories/framework-version.repository.js";
import { insertGroupLeads, insertGroupsWithoutLeads } from "../repositories/group.repository.js";
import { insertOrganisation } from "../repositories/organisation.repository.js";
import { insertTeamLeads, insertTeamsWithoutLeads } from "../repositories/team.repository.js";
import { frameworkVersionRecord } from "../transfer/load-demo-organisation.js";
import { isEmptyDatabase } from "../transfer/load-organisation.js";
import { BULK_TABLES, bulkIndexes, createIndexes, dropIndexes } from "./bulk-indexes.js";
import { bulkWriter } from "./bulk-writer.js";
import {
  CHECK_IN_TABLE,
  CURRENT_POSITION_TABLE,
  checkInValues,
  currentPositionValues,
  MENTORSHIP_TABLE,
  mentorshipValues,
  PERSON_TABLE,
  POSITION_CHANGE_TABLE,
  personValues,
  positionChangeValues,
} from "./large-rows.js";

/** Where the load is: reported after every batch. */
export interface LargeLoadProgress {
  readonly phase: "people" | "mentorships" | "check-ins" | "indexes";
  readonly done: number;
  readonly total: number;
}

/** Options of `loadLargeOrganisation` (the generator's, plus progress). */
export interface LargeLoadOptions {
  readonly seed?: number;
  readonly people?: number;
  readonly checkInsPerPerson?: number;
  readonly now?: IsoDateTime;
  readonly onProgress?: (progress: LargeLoadProgress) => void;
}

/** What was loaded. */
export interface LargeLoadSummary {
  readonly people: number;
  readonly mentorships: number;
  readonly checkIns: number;
  readonly positionChanges: number;
}

const BATCH = 2000;

/** What a large organisation is generated from, as stored in its settings (defaults filled in). */
export function largeRecipe(options: LargeLoadOptions): Record<string, unknown> {
  const { seed = 1, people = 100_000, checkInsPerPerson = 20, now = null } = options;
  return { seed, people, checkInsPerPerson, now };
}

/** Loads the large organisation into an empty, migrated database; all or nothing. */
export async function loadLargeOrganisation(
  database: AscentDatabase,
  options: LargeLoadOptions = {},
): Promise<LargeLoadSummary> {
  const { onProgress, ...generatorOptions } = options;
  const large = generateLargeOrganisation(generatorOptions);
  const report = (phase: LargeLoadProgress["phase"], done: number, total: number) =>
    onProgress?.({ phase, done, total });
  const summary = await database.db.transaction().execute(async (trx) => {
    if (!(await isEmptyDatabase(trx))) {
      throw new StoreError("invalid_import", "the database already holds an organisation: load into an empty one", {});
    }
    const indexes = await bulkIndexes(trx, database.dialect);
    await dropIndexes(trx, indexes);
    const createdAt = large.organisation.createdAt;
    // The settings say what was generated, so a reused database can be checked against a request.
    await insertOrganisation(trx, { ...large.organisation, settings: { demo: true, large: largeRecipe(options) } });
    await insertFrameworkVersions(trx, [frameworkVersionRecord(large.framework, createdAt)]);
    await insertGroupsWithoutLeads(trx, large.groups);
    await insertTeamsWithoutLeads(trx, large.teams);
    const writer = bulkWriter(trx, database.native);

    let people = 0;
    for (const batch of large.people(BATCH)) {
      for (const person of batch) await writer.add(PERSON_TABLE, personValues(person));
      people += batch.length;
      report("people", people, large.counts.people);
    }
    await writer.flush();
    await insertTeamLeads(trx, large.teams);
    await insertGroupLeads(trx, large.groups);

    let mentorships = 0;
    for (const batch of large.mentorships(BATCH)) {
      for (const mentorship of batch) await writer.add(MENTORSHIP_TABLE, mentorshipValues(mentorship));
      mentorships += batch.length;
      report("mentorships", mentorships, large.counts.mentorships);
    }

    let checkIns = 0;
    let positionChanges = 0;
    let person: CheckIn[] = [];
    const replay = async () => {
      if (person.length === 0) return;
      const { current, changes } = replayPerson(large.framework, person[0]!.personId, person);
      if (current) await writer.add(CURRENT_POSITION_TABLE, currentPositionValues(current));
      for (const change of changes) await writer.add(POSITION_CHANGE_TABLE, positionChangeValues(change));
      positionChanges += changes.length;
      person = [];
    };
    for (const batch of large.checkIns(BATCH)) {
      for (const checkIn of batch) {
        // The generator yields each person's check-ins together: a new person id closes the last one.
        if (person.length > 0 && person[0]!.personId !== checkIn.personId) await replay();
        person.push(checkIn);
        await writer.add(CHECK_IN_TABLE, checkInValues(checkIn));
      }
      checkIns += batch.length;
      report("check-ins", checkIns, large.counts.checkIns);
    }
    await replay();
    await writer.flush();

    report("indexes", 0, indexes.length);
    await createIndexes(trx, indexes);
    // The dashboard aggregates in bulk: one set-based recount over the loaded rows.
    await recountDashboardCounts(trx);
    report("indexes", indexes.length, indexes.length);
    return { people, mentorships, checkIns, positionChanges };
  });
  // Planner statistics for the freshly filled tables (outside the transaction: PostgreSQL's
  // autovacuum would get there eventually, a benchmark right after the load would not wait).
  if (database.dialect === "postgres") {
    const analysed = [
      ...BULK_TABLES,
      "stage_count",
      "stage_change_month",
      "pipeline_month",
      "team_coverage",
      "coverage_count",
    ];
    await sql.raw(`analyze ${analysed.map((t) => `"${t}"`).join(", ")}`).execute(database.db);
  }
  return summary;
}
