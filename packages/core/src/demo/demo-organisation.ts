/**
 * The demo organisation: about sixty people in eight teams and three groups, with two years of
 * check-ins, evidence, growth plans, mentorships and Awesome Permission moments. Pure and
 * deterministic: the same options give byte-identical data.
 */
import { defaultFramework } from "../framework/default-framework.js";
import type { Evidence } from "../organisation/organisation.types.js";
import { defaultIngredients } from "../permission/default-ingredients.js";
import type { CheckIn } from "../progression/progression.types.js";
import { buildPersonCheckIns, type CheckInContext, type CheckInSlot, draftSlot } from "./demo-check-ins.js";
import { buildEvidence, type DemoEvidence } from "./demo-evidence.js";
import { buildMentorships } from "./demo-mentorships.js";
import { buildMoments } from "./demo-moments.js";
import type { DemoOrganisation, DemoOrganisationOptions } from "./demo-organisation.types.js";
import { demoPath } from "./demo-path.js";
import { buildActors, buildGroups, buildTeams } from "./demo-people.js";
import { buildPlans } from "./demo-plans.js";
import { addDays, addMonths, parseIso, toIso } from "./demo-time.js";
import { createRandom } from "./seeded-random.js";

/** The default "as of" instant of the demo. */
export const DEMO_NOW = "2026-11-01T09:00:00.000Z";

/** How far back check-ins go: a little over two years, so a moment two years ago has a "before". */
const HISTORY_MONTHS = 27;

/** How many check-ins are corrected (superseded) and how many drafts are left open. */
const CORRECTIONS = 3;
const SELF_DRAFTS = 3;

/** Builds the demo organisation for a seed; see DemoOrganisationOptions for the defaults. */
export function buildDemoOrganisation(options: DemoOrganisationOptions = {}): DemoOrganisation {
  const seed = options.seed ?? 1;
  const framework = options.framework ?? defaultFramework();
  const ingredients = options.ingredients ?? defaultIngredients();
  const now = parseIso(options.now ?? DEMO_NOW);
  const historyStart = addMonths(now, -HISTORY_MONTHS);
  const path = demoPath(framework);
  if (path.length === 0) throw new Error("The demo organisation needs a framework with at least one stage");
  // Separate streams per concern: a change to how evidence is written does not reshuffle the people.
  const rootRandom = createRandom(seed);
  const random = (label: string) => rootRandom.fork(label);

  const actors = buildActors(random("people"), now, historyStart);
  const mentorships = buildMentorships(random("mentorships"), actors, now);
  const evidenceByPerson = buildEvidence(random("evidence"), actors, path);
  const { moments, evidence: momentEvidence } = buildMoments(random("moments"), actors, path, ingredients, now);
  for (const item of momentEvidence) {
    const list = evidenceByPerson.get(item.evidence.personId) ?? [];
    list.push(item);
    list.sort((a, b) => a.at - b.at);
    evidenceByPerson.set(item.evidence.personId, list);
  }

  const checkInRandom = random("check-ins");
  const ctx: CheckInContext = {
    random: checkInRandom,
    path,
    frameworkHash: framework.contentHash,
    now,
    mentorships,
    evidence: evidenceByPerson,
  };
  const extrasRandom = random("check-in-extras");
  const plain = actors.filter((a) => a.cast.role === "engineer" && !a.cast.receives && a.leftAt === null);
  const corrected = new Set(extrasRandom.sample(plain, CORRECTIONS).map((a) => a.person.id));
  const drafts = new Map<string, CheckInSlot[]>();
  for (const actor of extrasRandom.sample(
    plain.filter((a) => !corrected.has(a.person.id)),
    SELF_DRAFTS,
  )) {
    drafts.set(actor.person.id, [draftSlot(extrasRandom, now, "self", actor.person.id)]);
  }
  // One mentor has a check-in for a mentee half written.
  const running = mentorships.filter((m) => m.mentorship.endedAt === null && m.mentee.cast.role === "engineer");
  const mentorDraft = running.length > 0 ? extrasRandom.pick(running) : null;
  if (mentorDraft) {
    const list = drafts.get(mentorDraft.mentee.person.id) ?? [];
    list.push(draftSlot(extrasRandom, now, "mentor", mentorDraft.mentor.person.id));
    drafts.set(mentorDraft.mentee.person.id, list);
  }
  const checkIns: CheckIn[] = actors.flatMap((actor) =>
    buildPersonCheckIns(ctx, actor, {
      corrections: corrected.has(actor.person.id) ? 1 : 0,
      drafts: drafts.get(actor.person.id) ?? [],
    }),
  );

  const byId = <T extends { readonly id: string }>(items: readonly T[]): T[] =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const evidence: Evidence[] = [...evidenceByPerson.values()].flat().map((e: DemoEvidence) => e.evidence);

  return {
    organisation: {
      id: "org-demo",
      name: "Lumen & Tide",
      createdAt: toIso(addDays(historyStart, -14)),
    },
    framework,
    people: byId(actors.map((a) => a.person)),
    teams: buildTeams(actors),
    groups: buildGroups(actors),
    mentorships: mentorships.map((m) => m.mentorship),
    checkIns: byId(checkIns),
    evidence: byId(evidence),
    plans: byId(buildPlans(random("plans"), actors, path, now)),
    moments,
    ingredients,
  };
}
