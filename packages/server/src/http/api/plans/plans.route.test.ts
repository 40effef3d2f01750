import { describe, expect, it } from "vitest";
import { CAST } from "../../../app/testing/privacy-cast.fixture.js";
import { forEachEngine } from "../../../store/testing/test-engines.js";
import { type SendAs, withCastApp } from "../../testing/http-cast.js";
import type { TestApp } from "../../testing/test-app.js";

forEachEngine((engine) => {
  describe("growth plans over HTTP", () => {
    let test: TestApp;
    let send: SendAs;
    withCastApp(engine, CAST.member, (made) => ({ test, send } = made));

    // The response schema strips what it does not declare: every field of plan and goals must come back.
    it("answers every field of the plan and its goals on create, read and edit", async () => {
      const created = await send("POST", "/api/v1/plans", { personId: CAST.member, targetStageId: "self-ownership" });
      expect(created.statusCode, created.body).toBe(201);
      const plan = created.json().plan;
      expect(created.json()).toEqual({
        plan: {
          id: expect.any(String),
          personId: CAST.member,
          targetStageId: "self-ownership",
          createdAt: "2026-06-01T09:00:00.000Z",
          goals: expect.any(Array),
        },
        version: 1,
      });
      expect(plan.goals.length).toBeGreaterThan(0);
      const seeded = plan.goals[0];
      expect(seeded).toEqual({
        id: expect.any(String),
        title: seeded.fromAction,
        fromAction: expect.any(String),
        status: "planned",
        dueOn: null,
        reviewNotes: "",
      });
      expect((await send("GET", `/api/v1/plans/${plan.id}`)).json()).toEqual(created.json());

      const edited = await send("PATCH", `/api/v1/plans/${plan.id}`, {
        version: 1,
        goals: [
          { id: seeded.id, status: "in_progress", dueOn: "2026-07-01T00:00:00.000Z", reviewNotes: "Halfway" },
          { title: "Present the design at the guild" },
        ],
      });
      expect(edited.statusCode, edited.body).toBe(200);
      const goals = [
        { ...seeded, status: "in_progress", dueOn: "2026-07-01T00:00:00.000Z", reviewNotes: "Halfway" },
        {
          id: expect.any(String),
          title: "Present the design at the guild",
          fromAction: null,
          status: "planned",
          dueOn: null,
          reviewNotes: "",
        },
      ];
      expect(edited.json()).toEqual({ plan: { ...plan, goals }, version: 2 });
      expect((await send("GET", `/api/v1/plans/${plan.id}`)).json()).toEqual(edited.json());
    });
  });
});
