import { describe, expect, it } from "vitest";
import { isStoreError } from "../errors/store-error.js";
import { startConcurrentWriter } from "../testing/concurrent-writer.js";
import { buildPerson, buildPlan, buildStoredCheckIn, seedPeople } from "../testing/store-fixtures.js";
import { forEachEngine } from "../testing/test-engines.js";
import { findCheckIn, insertCheckIns, markDraftSubmitted, updateDraftCheckIn } from "./check-in.repository.js";
import { findPlan, insertPlans, updatePlan } from "./growth-plan.repository.js";
import { findPerson, updatePerson } from "./person.repository.js";

forEachEngine((engine) => {
  describe("optimistic versions", () => {
    it("edits a draft check-in, refuses a stale edit, then submits it and refuses further edits", async () => {
      const { db } = await engine.create();
      await seedPeople(db);
      const draft = buildStoredCheckIn({ id: "c1", status: "draft", submittedAt: undefined });
      await insertCheckIns(db, [draft]);
      const edited = { ...draft, ratings: { "self-awareness": "emerging" as const }, notes: "first pass" };
      expect(await updateDraftCheckIn(db, edited, 1)).toBe(2);
      const stale = await updateDraftCheckIn(db, { ...draft, notes: "stale" }, 1).catch((e: unknown) => e);
      expect(isStoreError(stale, "conflict")).toBe(true);
      expect((await findCheckIn(db, "c1"))?.value).toEqual(edited);

      const submitted = await markDraftSubmitted(db, "c1", "2024-03-02T10:00:00Z", 2);
      expect(submitted).toMatchObject({ status: "submitted", submittedAt: "2024-03-02T10:00:00.000Z" });
      const late = await updateDraftCheckIn(db, edited, 3).catch((e: unknown) => e);
      expect(isStoreError(late, "invalid_state")).toBe(true);
      expect((await findCheckIn(db, "c1"))?.version).toBe(3);
    });

    it("updates a plan and its goals under a version check; not found is not a conflict", async () => {
      const { db } = await engine.create();
      await seedPeople(db);
      const plan = buildPlan();
      await insertPlans(db, [plan]);
      const changed = { ...plan, goals: [{ ...plan.goals[1]!, status: "done" as const }] };
      expect(await updatePlan(db, changed, 1)).toBe(2);
      expect(await findPlan(db, plan.id)).toEqual({ value: changed, version: 2 });
      expect(isStoreError(await updatePlan(db, plan, 1).catch((e: unknown) => e), "conflict")).toBe(true);
      expect(isStoreError(await updatePlan(db, { ...plan, id: "nope" }, 1).catch((e: unknown) => e), "not_found")).toBe(
        true,
      );
      expect((await findPlan(db, plan.id))?.value).toEqual(changed);
    });

    it("updates a person under a version check", async () => {
      const { db } = await engine.create();
      await seedPeople(db);
      const staying = { since: "2024-05-01T00:00:00.000Z", note: "happy here" };
      const person = buildPerson({ id: "p1", stayingByChoice: staying });
      expect(await updatePerson(db, person, 1)).toBe(2);
      expect(await findPerson(db, "p1")).toEqual({ value: person, version: 2 });
      expect(isStoreError(await updatePerson(db, person, 1).catch((e: unknown) => e), "conflict")).toBe(true);
    });

    it("two writers on two connections update one plan at the same version: one wins, one conflicts, nothing lost", async () => {
      const database = await engine.create();
      await seedPeople(database.db);
      await insertPlans(database.db, [buildPlan()]);
      const writer = await startConcurrentWriter(engine.configOf(database));
      try {
        // Both read version 1 before either writes: the barrier.
        const [mine, theirs] = await Promise.all([findPlan(database.db, "plan-1"), writer.readPlan("plan-1")]);
        expect(mine?.version).toBe(1);
        expect(theirs?.version).toBe(1);
        const myPlan = { ...mine!.value, goals: [...mine!.value.goals, { ...mine!.value.goals[0]!, id: "goal-mine" }] };
        const theirPlan = { ...theirs!.value, targetStageId: "team-ownership" };
        const outcomes = await Promise.allSettled([
          updatePlan(database.db, myPlan, 1),
          writer.updatePlan(theirPlan, 1),
        ]);
        const won = outcomes.filter((o) => o.status === "fulfilled");
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
        expect(won).toEqual([{ status: "fulfilled", value: 2 }]);
        expect(lost.map((o) => (o.reason as { code?: string }).code)).toEqual(["conflict"]);
        // The winner's whole change is stored; the loser wrote nothing.
        const winner = outcomes[0]!.status === "fulfilled" ? myPlan : theirPlan;
        expect(await findPlan(database.db, "plan-1")).toEqual({ value: winner, version: 2 });
      } finally {
        await writer.close();
      }
    });
  });
});
