/**
 * The stories the demo organisation must tell, checked through the engine's own functions, so
 * the dashboards built on those functions will show them.
 */
import { describe, expect, it } from "vitest";
import { frameworkPath } from "../framework/framework-path.js";
import { momentEffect } from "../permission/moment-effect.js";
import { extendedAt } from "../permission/moment-lifecycle.js";
import { canTransition, MOMENT_STATES } from "../permission/moment-state-machine.js";
import { isVisibleTo } from "../permission/moment-visibility.js";
import { longestChain } from "../permission/permission-chain.js";
import { activeCheckIns } from "../progression/active-check-ins.js";
import { calibrationGap } from "../progression/calibration-gap.js";
import { currentPosition } from "../progression/current-position.js";
import { progressSeries } from "../progression/progress-series.js";
import { eligibleForStuckNudge } from "../progression/staying-by-choice.js";
import { buildDemoOrganisation, DEMO_NOW } from "./demo-organisation.js";
import { checkInsByPerson } from "./demo-test.helpers.js";

const DAY = 86_400_000;

describe.each([1, 7, 2026])("demo organisation (seed %i): stories", (seed) => {
  const org = buildDemoOrganisation({ seed });
  const byPerson = checkInsByPerson(org.checkIns);
  const active = org.people.filter((p) => p.status === "active");
  const positionOf = (personId: string) => currentPosition(org.framework, byPerson.get(personId) ?? []);
  const seriesOf = (personId: string) => progressSeries(org.framework, byPerson.get(personId) ?? []);
  const stageIds = frameworkPath(org.framework).map((p) => p.stage.id);

  it("has someone working on every stage of the path (all stages reached counts for the last)", () => {
    const onStage = new Set(
      active.map((p) => {
        const position = positionOf(p.id).primary?.position;
        return position ? (position.workingOnStageId ?? stageIds.at(-1)) : null;
      }),
    );
    for (const stageId of stageIds) expect(onStage, stageId).toContain(stageId);
    expect(active.some((p) => positionOf(p.id).primary?.position.workingOnStageId === null)).toBe(true);
  });

  it("gives every active person a current position", () => {
    for (const person of active) expect(positionOf(person.id).primary, person.id).not.toBeNull();
  });

  it("shows a foundation gap: a stage established above one that is not", () => {
    const gaps = active.filter((p) => (positionOf(p.id).primary?.position.foundationGaps.length ?? 0) > 0);
    expect(gaps.length).toBeGreaterThan(0);
  });

  it("shows a calibration gap of at least one stage between self and mentor views", () => {
    const gaps = active.map((p) => {
      const { self, mentor } = positionOf(p.id);
      return calibrationGap(org.framework, self, mentor)?.progressDifference ?? 0;
    });
    expect(gaps.some((d) => d >= 1)).toBe(true);
    expect(gaps.some((d) => d <= -1)).toBe(true);
  });

  it("has an overdue mentorship, while most mentorships are kept up", () => {
    const now = Date.parse(DEMO_NOW);
    const running = org.mentorships.filter((m) => m.endedAt === null);
    const overdue = running.filter((m) => {
      const last = activeCheckIns(byPerson.get(m.menteeId) ?? []).at(-1);
      return last === undefined || Date.parse(last.submittedAt) < now - m.cadenceDays * DAY;
    });
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThanOrEqual(running.length / 10);
  });

  it("has someone staying at team awareness by choice, whom no stuck nudge names", () => {
    const staying = active.filter((p) => p.stayingByChoice !== null);
    expect(staying.length).toBeGreaterThan(0);
    for (const person of staying) {
      expect(person.stayingByChoice?.note).not.toMatch(/stuck/i);
      expect(eligibleForStuckNudge(person, seriesOf(person.id), { now: DEMO_NOW })).toBe(false);
    }
    expect(staying.map((p) => positionOf(p.id).primary?.position.reachedStageId)).toContain("team-awareness");
  });

  it("has a deactivated person whose mentorships ended and whose record stops when they left", () => {
    const left = org.people.filter((p) => p.status === "deactivated");
    expect(left.length).toBeGreaterThan(0);
    for (const person of left) {
      const own = org.mentorships.filter((m) => m.menteeId === person.id || m.mentorId === person.id);
      expect(own.every((m) => m.endedAt !== null)).toBe(true);
      const ended = own
        .map((m) => m.endedAt!)
        .sort()
        .at(-1)!;
      for (const c of byPerson.get(person.id) ?? []) expect((c.submittedAt ?? c.createdAt) <= ended).toBe(true);
    }
  });

  it("has moments in every state, each moving through allowed, dated transitions", () => {
    expect(new Set(org.moments.map((m) => m.state))).toEqual(new Set(MOMENT_STATES));
    for (const moment of org.moments) {
      expect(moment.transitions[0]?.to).toBe("aware");
      expect(moment.transitions.at(-1)?.to).toBe(moment.state);
      for (let i = 1; i < moment.transitions.length; i++) {
        const [from, to] = [moment.transitions[i - 1]!, moment.transitions[i]!];
        expect(canTransition(from.to, to.to)).toBe(true);
        expect(from.at < to.at).toBe(true);
      }
      const final = moment.state === "result" || moment.state === "no_change";
      expect(moment.outcome !== "").toBe(final);
    }
  });

  it("dates follow-up notes within the moment's own story", () => {
    for (const moment of org.moments) {
      expect(moment.followUps.length).toBeGreaterThan(0);
      for (const followUp of moment.followUps) expect(followUp.at >= moment.transitions[0]!.at).toBe(true);
    }
  });

  it("leaves one team without anyone at team ownership, so leadership coverage has a gap to show", () => {
    const ownershipNumber = stageIds.indexOf("team-ownership") + 1;
    const uncovered = org.teams.filter(
      (team) =>
        !active.some(
          (p) => p.teamId === team.id && (positionOf(p.id).primary?.position.reached ?? 0) >= ownershipNumber,
        ),
    );
    expect(uncovered).toHaveLength(1);
  });

  it("keeps a moment in `aware` private to its giver", () => {
    const aware = org.moments.filter((m) => m.state === "aware");
    expect(aware.length).toBeGreaterThan(0);
    for (const moment of aware) {
      expect(isVisibleTo(moment, moment.giverId)).toBe(true);
      expect(isVisibleTo(moment, moment.receiverId)).toBe(false);
    }
  });

  it("has a giver → receiver chain at least three links deep, each link extended later than the one before", () => {
    const chain = longestChain(org.moments);
    expect(chain.depth).toBeGreaterThanOrEqual(3);
    const dates = chain.momentIds.map((id) => extendedAt(org.moments.find((m) => m.id === id)!)!);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(chain.personIds).size).toBe(chain.personIds.length);
  });

  it("shows receivers speeding up after permission was extended", () => {
    const results = org.moments.filter((m) => m.state === "result");
    expect(results.length).toBeGreaterThanOrEqual(3);
    for (const moment of results) {
      const effect = momentEffect(moment, seriesOf(moment.receiverId), { now: DEMO_NOW });
      expect(effect?.insufficientData).toBe(false);
      expect(effect?.difference ?? 0, moment.id).toBeGreaterThan(0.5);
    }
  });

  it("rates only some stages in most check-ins and keeps a few drafts and corrections", () => {
    const partial = org.checkIns.filter((c) => Object.keys(c.ratings).length < stageIds.length);
    expect(partial.length / org.checkIns.length).toBeGreaterThan(0.8);
    const drafts = org.checkIns.filter((c) => c.status === "draft");
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const d of drafts) expect(d.submittedAt).toBeUndefined();
    const corrections = org.checkIns.filter((c) => c.supersedes !== undefined);
    expect(corrections.length).toBeGreaterThanOrEqual(2);
    for (const c of corrections) {
      const old = org.checkIns.find((x) => x.id === c.supersedes)!;
      expect(old.submittedAt! < c.submittedAt!).toBe(true);
      expect(old.ratings).not.toEqual(c.ratings);
    }
    expect(new Set(org.checkIns.map((c) => c.assessorKind))).toEqual(new Set(["self", "mentor", "joint"]));
  });

  it("tells believable trajectories: mostly slow rises, some flat, rarely a drop", () => {
    let rises = 0;
    let flats = 0;
    let drops = 0;
    for (const person of active) {
      const series = progressSeries(org.framework, byPerson.get(person.id) ?? [], { assessor: "mentor" });
      if (series.length < 2) continue;
      const change = series.at(-1)!.progress - series[0]!.progress;
      if (change > 0) rises++;
      else if (change === 0) flats++;
      else drops++;
      // Nobody moves more than two stages in two years.
      expect(change).toBeLessThanOrEqual(2);
    }
    expect(rises).toBeGreaterThan(flats);
    expect(flats).toBeGreaterThan(0);
    expect(drops).toBeLessThanOrEqual(1);
  });

  it("gives most people a growth plan for the stage they are working on", () => {
    const planned = active.filter((p) => {
      const workingOn = positionOf(p.id).primary?.position.workingOnStageId;
      return org.plans.some((plan) => plan.personId === p.id && plan.targetStageId === workingOn);
    });
    expect(planned.length / active.length).toBeGreaterThan(0.75);
    const statuses = new Set(org.plans.flatMap((plan) => plan.goals.map((g) => g.status)));
    expect(statuses).toEqual(new Set(["planned", "in_progress", "done", "dropped"]));
  });
});
