/**
 * Evidence for the demo organisation: dated notes and links spread over each person's record,
 * attached to the stages they were working around at the time.
 */
import type { Evidence, EvidenceKind } from "../organisation/organisation.types.js";
import type { DemoActor } from "./demo-actor.types.js";
import { COMPANY_SYSTEMS, EVIDENCE_WORDS, KINDS_BY_STAGE, SYSTEMS_BY_TEAM } from "./demo-evidence.table.js";
import { TEAM_NAMES } from "./demo-names.table.js";
import { type DemoStage, fillText } from "./demo-path.js";
import { atWorkingTime, DAY_MS, toIso } from "./demo-time.js";
import { hAt } from "./demo-trajectory.js";
import type { SeededRandom } from "./seeded-random.js";

/** Evidence in the making: its instant is kept so check-ins can link what came before them. */
export interface DemoEvidence {
  readonly evidence: Evidence;
  readonly at: number;
}

const URL_BASE: Partial<Record<EvidenceKind, string>> = {
  "design-doc": "https://docs.demo.ascent.example/design/",
  "decision-record": "https://docs.demo.ascent.example/decisions/",
  talk: "https://talks.demo.ascent.example/",
  link: "https://wiki.demo.ascent.example/",
};

/** Lower-case words joined by dashes, for believable URLs. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

/** The words that fill evidence templates for this actor. */
export function placeholdersFor(random: SeededRandom, actor: DemoActor): Record<string, string> {
  const own = actor.teamIndex === null ? COMPANY_SYSTEMS : (SYSTEMS_BY_TEAM[actor.teamIndex] ?? COMPANY_SYSTEMS);
  const others = SYSTEMS_BY_TEAM.filter((_, t) => t !== actor.teamIndex).flat();
  return {
    system: random.pick(own),
    other: random.pick(others),
    team: actor.teamIndex === null ? "platform" : (TEAM_NAMES[actor.teamIndex] ?? "platform"),
  };
}

/** Builds one piece of evidence for `actor` at instant `at`. */
export function makeEvidence(
  random: SeededRandom,
  actor: DemoActor,
  path: readonly DemoStage[],
  at: number,
  id: string,
  words?: { readonly kind: EvidenceKind; readonly title: string; readonly body: string },
): DemoEvidence {
  const h = hAt(actor.trajectory, at);
  const working = Math.min(path.length - 1, Math.floor(h / 2));
  const kind = words?.kind ?? random.pick(KINDS_BY_STAGE[Math.min(working, KINDS_BY_STAGE.length - 1)] ?? ["note"]);
  const values = placeholdersFor(random, actor);
  const title = fillText(words?.title ?? random.pick(EVIDENCE_WORDS[kind].titles), values);
  const body = fillText(words?.body ?? random.pick(EVIDENCE_WORDS[kind].bodies), values);
  // Evidence mostly shows the stage being worked on; sometimes it also backs the one just reached.
  const stageIndexes = working > 0 && random.chance(0.35) ? [working - 1, working] : [working];
  const base = URL_BASE[kind];
  return {
    at,
    evidence: {
      id,
      personId: actor.person.id,
      kind,
      title,
      body,
      url: base ? `${base}${slug(title)}` : null,
      occurredOn: toIso(at),
      stageIds: stageIndexes.map((i) => path[i]!.stage.id),
    },
  };
}

/** A few pieces of evidence per person over their record, more for people further along. */
export function buildEvidence(
  random: SeededRandom,
  actors: readonly DemoActor[],
  path: readonly DemoStage[],
): Map<string, DemoEvidence[]> {
  const byPerson = new Map<string, DemoEvidence[]>();
  for (const actor of actors) {
    const span = actor.recordTo - actor.recordFrom;
    const months = span / (30 * DAY_MS);
    const count = Math.max(
      1,
      Math.min(Math.round(months / 2), 2 + Math.floor(actor.cast.finalH / 3) + random.int(0, 3)),
    );
    const times = Array.from({ length: count }, () =>
      atWorkingTime(actor.recordFrom + Math.floor(random.next() * (span - DAY_MS)), random, actor.recordTo),
    ).sort((a, b) => a - b);
    byPerson.set(
      actor.person.id,
      times.map((at, i) => makeEvidence(random, actor, path, at, evidenceId(actor, i + 1))),
    );
  }
  return byPerson;
}

/** Readable evidence id: "evidence-017-03" is person 17's third piece. */
export function evidenceId(actor: DemoActor, n: number): string {
  return `evidence-${String(actor.number).padStart(3, "0")}-${String(n).padStart(2, "0")}`;
}
