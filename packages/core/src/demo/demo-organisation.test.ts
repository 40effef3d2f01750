import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { frameworkPath } from "../framework/framework-path.js";
import { validateCheckIn } from "../progression/check-in-validation.js";
import { buildDemoOrganisation, DEMO_NOW } from "./demo-organisation.js";
import { stringsIn } from "./demo-test.helpers.js";

const demo = buildDemoOrganisation();
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function ids(items: readonly { id: string }[]): Set<string> {
  return new Set(items.map((item) => item.id));
}

describe("demo organisation: determinism", () => {
  it("gives byte-identical data for the same seed", () => {
    const again = buildDemoOrganisation({ seed: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
    expect(again).toEqual(demo);
  });

  it("gives different people and check-ins for a different seed", () => {
    const other = buildDemoOrganisation({ seed: 2 });
    expect(other.people.map((p) => p.name)).not.toEqual(demo.people.map((p) => p.name));
    expect(JSON.stringify(other.checkIns)).not.toBe(JSON.stringify(demo.checkIns));
  });

  it("uses the `now` it is given as the present", () => {
    const earlier = buildDemoOrganisation({ now: "2025-03-01T12:00:00.000Z" });
    const latest = earlier.checkIns
      .map((c) => c.submittedAt ?? c.createdAt)
      .sort()
      .at(-1)!;
    expect(latest <= "2025-03-01T12:00:00.000Z").toBe(true);
    expect(latest > "2025-01-01T00:00:00.000Z").toBe(true);
  });
});

describe.each([1, 2, 3, 42])("demo organisation (seed %i): shape", (seed) => {
  const org = seed === 1 ? demo : buildDemoOrganisation({ seed });

  it("has about sixty people in eight teams and three groups, every team and group led", () => {
    expect(org.people.length).toBeGreaterThanOrEqual(55);
    expect(org.people.length).toBeLessThanOrEqual(65);
    expect(org.teams).toHaveLength(8);
    expect(org.groups).toHaveLength(3);
    const groupIds = ids(org.groups);
    for (const team of org.teams) {
      expect(groupIds.has(team.groupId ?? "")).toBe(true);
      expect(team.leadIds.length).toBeGreaterThan(0);
    }
    for (const group of org.groups) expect(group.leadIds.length).toBeGreaterThan(0);
    for (const group of org.groups) expect(org.teams.some((t) => t.groupId === group.id)).toBe(true);
  });

  it("gives every person a unique name and a plain demo email", () => {
    expect(new Set(org.people.map((p) => p.name)).size).toBe(org.people.length);
    expect(new Set(org.people.map((p) => p.email)).size).toBe(org.people.length);
    for (const person of org.people) {
      expect(person.email).toMatch(/^[a-z-]+\.[a-z-]+@demo\.ascent\.example$/);
      expect(person.id).toMatch(/^person-\d{3}$/);
      expect(person.title.length).toBeGreaterThan(0);
    }
  });

  it("has readable, unique ids in every collection", () => {
    const collections = [
      org.people,
      org.teams,
      org.groups,
      org.mentorships,
      org.checkIns,
      org.evidence,
      org.plans,
      org.moments,
    ];
    for (const items of collections) expect(ids(items).size).toBe(items.length);
    expect(org.teams.map((t) => t.id)).toEqual([
      "team-01",
      "team-02",
      "team-03",
      "team-04",
      "team-05",
      "team-06",
      "team-07",
      "team-08",
    ]);
    expect(org.groups.map((g) => g.id)).toEqual(["group-01", "group-02", "group-03"]);
  });

  it("only refers to records and stages that exist", () => {
    const people = ids(org.people);
    const teams = ids(org.teams);
    const evidence = new Map(org.evidence.map((e) => [e.id, e]));
    const checkIns = new Map(org.checkIns.map((c) => [c.id, c]));
    const stages = new Map(frameworkPath(org.framework).map((p) => [p.stage.id, p.stage]));
    const ingredients = new Set(org.ingredients.map((i) => i.id));
    for (const person of org.people) if (person.teamId !== null) expect(teams.has(person.teamId)).toBe(true);
    for (const lead of [...org.teams, ...org.groups].flatMap((x) => x.leadIds)) expect(people.has(lead)).toBe(true);
    for (const m of org.mentorships) {
      expect(people.has(m.mentorId) && people.has(m.menteeId)).toBe(true);
      expect(m.mentorId).not.toBe(m.menteeId);
      expect(m.cadenceDays).toBeGreaterThanOrEqual(14);
      expect(m.cadenceDays).toBeLessThanOrEqual(42);
    }
    for (const c of org.checkIns) {
      expect(people.has(c.personId) && people.has(c.authorId)).toBe(true);
      expect(validateCheckIn(org.framework, c)).toEqual({ ok: true });
      for (const stageId of Object.keys(c.ratings)) expect(stages.has(stageId)).toBe(true);
      for (const [stageId, ticks] of Object.entries(c.signalTicks ?? {})) {
        const signalIds = new Set(stages.get(stageId)?.signals.map((s) => s.id));
        for (const tick of ticks) expect(signalIds.has(tick)).toBe(true);
      }
      for (const id of c.evidenceIds ?? []) expect(evidence.get(id)?.personId).toBe(c.personId);
      if (c.supersedes !== undefined) expect(checkIns.get(c.supersedes)?.personId).toBe(c.personId);
    }
    for (const e of org.evidence) {
      expect(people.has(e.personId)).toBe(true);
      for (const stageId of e.stageIds) expect(stages.has(stageId)).toBe(true);
    }
    for (const plan of org.plans) {
      expect(people.has(plan.personId)).toBe(true);
      const stage = stages.get(plan.targetStageId);
      expect(stage).toBeDefined();
      for (const goal of plan.goals) if (goal.fromAction !== null) expect(stage?.actions).toContain(goal.fromAction);
    }
    for (const moment of org.moments) {
      expect(people.has(moment.giverId) && people.has(moment.receiverId)).toBe(true);
      for (const id of moment.ingredientIds) expect(ingredients.has(id)).toBe(true);
      for (const id of moment.evidenceIds) expect(evidence.get(id)?.personId).toBe(moment.receiverId);
    }
  });

  it("has mentor and joint check-ins written by the person's mentor at the time, self check-ins by the person", () => {
    for (const c of org.checkIns) {
      if (c.assessorKind === "self") {
        expect(c.authorId).toBe(c.personId);
        continue;
      }
      const at = c.submittedAt ?? c.createdAt;
      const during = org.mentorships.filter(
        (m) =>
          m.menteeId === c.personId &&
          m.mentorId === c.authorId &&
          m.startedAt <= at &&
          (m.endedAt === null || at <= m.endedAt),
      );
      expect(during.length, `${c.id} by ${c.authorId}`).toBeGreaterThan(0);
    }
  });

  it("writes every timestamp as ISO-8601 UTC with milliseconds, none after `now` except goal due dates", () => {
    const { framework: _framework, ingredients: _ingredients, ...data } = org;
    const dated = stringsIn(data).filter(({ value }) => /^\d{4}-\d{2}-\d{2}/.test(value));
    expect(dated.length).toBeGreaterThan(1000);
    for (const { key, value } of dated) {
      expect(value, key).toMatch(ISO_MS);
      expect(new Date(value).toISOString()).toBe(value);
      if (key !== "dueOn") expect(value <= DEMO_NOW, `${key} ${value}`).toBe(true);
    }
    for (const person of org.people) {
      const own = org.checkIns.filter((c) => c.personId === person.id);
      for (const c of own) expect(c.createdAt >= person.joinedAt).toBe(true);
    }
    for (const c of org.checkIns) if (c.submittedAt) expect(c.createdAt <= c.submittedAt).toBe(true);
  });
});

describe("demo organisation: words", () => {
  const seedText = readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), "../../../../scripts/fixtures/seed.txt"),
    "utf8",
  );
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .split(/[^\p{L}\p{N}']+/u)
      .filter((w) => w !== "");
  const runsOf = (text: string) => {
    const list = words(text);
    return list.slice(0, Math.max(0, list.length - 5)).map((_, i) => list.slice(i, i + 6).join(" "));
  };

  it("shares no run of six consecutive words with the seed posts, in any generated text", () => {
    const seedRuns = new Set(runsOf(seedText));
    const { framework: _framework, ingredients: _ingredients, ...data } = demo;
    const copied = stringsIn(data).flatMap(({ value }) => runsOf(value).filter((run) => seedRuns.has(run)));
    expect(copied).toEqual([]);
  });

  it("fills every placeholder in the text it writes", () => {
    const { framework: _framework, ingredients: _ingredients, ...data } = demo;
    for (const { value } of stringsIn(data)) expect(value).not.toMatch(/\{\w+\}/);
  });

  it("writes leadership evidence that is mostly not code", () => {
    const kinds = demo.evidence.map((e) => e.kind);
    for (const kind of ["design-doc", "incident-review", "decision-record", "conversation", "talk"] as const) {
      expect(kinds).toContain(kind);
    }
  });
});
