import { generateLargeOrganisation } from "@ascent/core";
import { describe, expect, it } from "vitest";
import { isStoreError } from "../errors/store-error.js";
import { listCurrentPositions, listPositionChanges } from "../read-models/position.repository.js";
import { rebuildReadModels } from "../read-models/rebuild-read-models.js";
import { listCheckInsOfAll } from "../repositories/check-in.repository.js";
import { listMentorships } from "../repositories/mentorship.repository.js";
import { listPeople } from "../repositories/person.repository.js";
import { listTeams } from "../repositories/team.repository.js";
import { forEachEngine } from "../testing/test-engines.js";
import { byId } from "../transfer/stable-json.js";
import { bulkIndexes } from "./bulk-indexes.js";
import { type LargeLoadProgress, loadLargeOrganisation } from "./load-large-organisation.js";

const options = { seed: 5, people: 300, checkInsPerPerson: 6 } as const;

forEachEngine((engine) => {
  describe("loadLargeOrganisation", () => {
    it("loads what the generator yields, with the read models a rebuild gives and every index back", async () => {
      const database = await engine.create();
      const indexesBefore = await bulkIndexes(database.db, database.dialect);
      const progress: LargeLoadProgress[] = [];
      const summary = await loadLargeOrganisation(database, { ...options, onProgress: (p) => progress.push(p) });
      const large = generateLargeOrganisation(options);
      expect(summary).toMatchObject({ people: 300, mentorships: 299, checkIns: 1800 });
      expect(progress.at(-1)).toEqual({ phase: "indexes", done: indexesBefore.length, total: indexesBefore.length });
      expect(progress.find((p) => p.phase === "check-ins" && p.done === 1800)).toBeDefined();

      const { db } = database;
      expect(await listPeople(db)).toEqual([...large.people()].flat());
      expect(await listTeams(db)).toEqual(byId(large.teams));
      expect(await listMentorships(db)).toEqual(byId([...large.mentorships()].flat()));
      expect(await listCheckInsOfAll(db)).toEqual(byId([...large.checkIns()].flat()));

      const positions = await listCurrentPositions(db);
      const changes = await listPositionChanges(db);
      expect(positions).toHaveLength(300);
      expect(changes).toHaveLength(summary.positionChanges);
      await rebuildReadModels(db, large.framework);
      expect(await listCurrentPositions(db)).toEqual(positions);
      expect(await listPositionChanges(db)).toEqual(changes);

      expect(await bulkIndexes(db, database.dialect)).toEqual(indexesBefore);
      expect(indexesBefore.map((i) => i.name)).toContain("position_change_at_idx");
    });

    it("refuses a database that already holds an organisation", async () => {
      const database = await engine.create();
      await loadLargeOrganisation(database, { ...options, people: 20 });
      const error = await loadLargeOrganisation(database, { ...options, people: 20 }).catch((e: unknown) => e);
      expect(isStoreError(error, "invalid_import")).toBe(true);
      expect(await bulkIndexes(database.db, database.dialect)).not.toEqual([]);
    });
  });
});
