/** Small builders for store tests: an organisation with a few people, a plan, a check-in. */
import type { CheckIn, GrowthPlan, Person } from "@ascent/core";
import { insertOrganisation } from "../repositories/organisation.repository.js";
import { insertPeople } from "../repositories/person.repository.js";
import type { Db } from "../repositories/store.types.js";

/** A person with defaults. */
export function buildPerson(overrides: Partial<Person> & { readonly id: string }): Person {
  return {
    name: `Person ${overrides.id}`,
    email: `${overrides.id}@example.test`,
    teamId: null,
    title: "Engineer",
    status: "active",
    roles: [],
    joinedAt: "2024-01-01T00:00:00.000Z",
    stayingByChoice: null,
    ...overrides,
  };
}

/** A growth plan with two goals. */
export function buildPlan(overrides: Partial<GrowthPlan> = {}): GrowthPlan {
  return {
    id: "plan-1",
    personId: "p1",
    targetStageId: "team-awareness",
    createdAt: "2024-02-01T00:00:00.000Z",
    goals: [
      {
        id: "goal-1",
        title: "Lead a design review",
        fromAction: null,
        status: "planned",
        dueOn: null,
        reviewNotes: "",
      },
      {
        id: "goal-2",
        title: "Write a decision record",
        fromAction: "Write decision records",
        status: "in_progress",
        dueOn: "2024-06-01T00:00:00.000Z",
        reviewNotes: "going well",
      },
    ],
    ...overrides,
  };
}

/** A check-in with defaults: a submitted self check-in of p1. */
export function buildStoredCheckIn(overrides: Partial<CheckIn> & { readonly id: string }): CheckIn {
  return {
    personId: "p1",
    authorId: overrides.personId ?? "p1",
    assessorKind: "self",
    status: "submitted",
    frameworkHash: "hash-1",
    createdAt: "2024-03-01T00:00:00.000Z",
    submittedAt: "2024-03-01T00:00:00.000Z",
    ratings: {},
    ...overrides,
  };
}

/** An organisation with people p1 (engineer) and m1 (mentor). */
export async function seedPeople(db: Db): Promise<void> {
  await insertOrganisation(db, { id: "org", name: "Org", settings: {}, createdAt: "2024-01-01T00:00:00.000Z" });
  await insertPeople(db, [buildPerson({ id: "p1" }), buildPerson({ id: "m1", title: "Staff engineer" })]);
}
