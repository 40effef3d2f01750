import { describe, expect, it } from "vitest";
import { frameworkPath } from "../framework/framework-path.js";
import { validateCheckIn } from "../progression/check-in-validation.js";
import { currentPosition } from "../progression/current-position.js";
import type { CheckIn } from "../progression/progression.types.js";
import { DEMO_NOW } from "./demo-organisation.js";
import { generateLargeOrganisation } from "./large-organisation.js";

function collect<T>(batches: Iterable<T[]>): T[] {
  return [...batches].flat();
}

describe("large organisation at small scale", () => {
  const org = generateLargeOrganisation({ seed: 5, people: 1_000, checkInsPerPerson: 20 });
  const people = collect(org.people(128));
  const mentorships = collect(org.mentorships(100));
  const checkIns = collect(org.checkIns(5_000));

  it("yields exactly the counts it announces, in batches of the size asked for", () => {
    expect(people).toHaveLength(1_000);
    expect(mentorships).toHaveLength(999);
    expect(checkIns).toHaveLength(20_000);
    expect(org.counts).toEqual({ people: 1_000, mentorships: 999, checkIns: 20_000 });
    const sizes = [...org.people(128)].map((b) => b.length);
    expect(sizes.slice(0, -1).every((n) => n === 128)).toBe(true);
    expect(sizes.at(-1)).toBe(1_000 % 128);
  });

  it("gives the same data for the same seed and different data for another", () => {
    const again = generateLargeOrganisation({ seed: 5, people: 1_000, checkInsPerPerson: 20 });
    expect(JSON.stringify(collect(again.checkIns(777)))).toBe(JSON.stringify(checkIns));
    expect(collect(again.people(1_000))).toEqual(people);
    const other = generateLargeOrganisation({ seed: 6, people: 1_000, checkInsPerPerson: 20 });
    expect(collect(other.people()).map((p) => p.name)).not.toEqual(people.map((p) => p.name));
  });

  it("only refers to people, teams, groups, stages and signals that exist", () => {
    const personIds = new Set(people.map((p) => p.id));
    const teamIds = new Set(org.teams.map((t) => t.id));
    const groupIds = new Set(org.groups.map((g) => g.id));
    const stageIds = new Set(frameworkPath(org.framework).map((p) => p.stage.id));
    expect(personIds.size).toBe(people.length);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(new Set(checkIns.map((c) => c.id)).size).toBe(checkIns.length);
    for (const p of people) expect(teamIds.has(p.teamId!)).toBe(true);
    for (const t of org.teams) {
      expect(groupIds.has(t.groupId!)).toBe(true);
      for (const lead of t.leadIds) expect(personIds.has(lead)).toBe(true);
    }
    for (const g of org.groups) for (const lead of g.leadIds) expect(personIds.has(lead)).toBe(true);
    const mentorOf = new Map(mentorships.map((m) => [m.menteeId, m.mentorId]));
    for (const m of mentorships) expect(personIds.has(m.mentorId) && m.mentorId !== m.menteeId).toBe(true);
    for (const c of checkIns) {
      expect(personIds.has(c.personId)).toBe(true);
      expect(c.authorId).toBe(c.assessorKind === "self" ? c.personId : mentorOf.get(c.personId));
      for (const stageId of Object.keys(c.ratings)) expect(stageIds.has(stageId)).toBe(true);
      expect(c.submittedAt! <= DEMO_NOW).toBe(true);
    }
    expect(validateCheckIn(org.framework, checkIns[0]!)).toEqual({ ok: true });
  });

  it("places people at many stages, with leads further along than most", () => {
    const byPerson = new Map<string, CheckIn[]>();
    for (const c of checkIns) byPerson.set(c.personId, [...(byPerson.get(c.personId) ?? []), c]);
    const stages = new Set(
      people.map((p) => currentPosition(org.framework, byPerson.get(p.id) ?? []).primary?.position.workingOnStageId),
    );
    expect(stages.size).toBeGreaterThanOrEqual(7);
  });
});

describe("large organisation at full scale", () => {
  it("yields the first batch of 100,000 people without generating the rest", () => {
    const org = generateLargeOrganisation({ seed: 1 });
    expect(org.counts).toEqual({ people: 100_000, mentorships: 99_999, checkIns: 2_000_000 });
    const started = performance.now();
    const first = org.people(500).next();
    const firstCheckIns = org.checkIns(1_000).next();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(first.value).toHaveLength(500);
    expect(first.value?.[0]?.id).toBe("person-000001");
    expect(firstCheckIns.value).toHaveLength(1_000);
  });

  it("keeps ids sortable in index order at full scale", () => {
    const org = generateLargeOrganisation({ seed: 1 });
    const [batch] = org.people(20);
    const ids = (batch ?? []).map((p) => p.id);
    expect([...ids].sort()).toEqual(ids);
    expect(org.teams).toHaveLength(Math.ceil(100_000 / 12));
  });
});
