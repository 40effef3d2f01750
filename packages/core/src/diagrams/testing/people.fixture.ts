/** Deterministic sample people, teams, histories and moments for diagram tests (no randomness: arithmetic only). */
import type { Framework } from "../../framework/framework.types.js";
import type { Position } from "../../progression/progression.types.js";
import type { ChainDiagramInput, DatedProgress, PersonDiagramInput, TeamMember } from "../diagram-inputs.types.js";
import { HOSTILE_NAMES } from "./hostile-names.fixture.js";

const FIRST = [
  "Ada",
  "Bo",
  "Chen",
  "Dana",
  "Eli",
  "Fatima",
  "Goran",
  "Hana",
  "Ivan",
  "Jia",
  "Kofi",
  "Lea",
  "Mateo",
  "Nia",
  "Omar",
  "Pia",
];

/** A Position for a progress value on a framework. */
export function positionAt(framework: Framework, progress: number): Position {
  const ids = framework.levels.flatMap((l) => l.stages.map((s) => s.id));
  const reached = Math.floor(progress);
  return {
    reached,
    reachedStageId: reached > 0 ? ids[reached - 1]! : null,
    workingOnStageId: ids[reached] ?? null,
    progress,
    foundationGaps: [],
  };
}

/** `count` people over `teams` teams, progress spread by a fixed formula. */
export function buildPeople(count: number, teams: number, stageCount: number): TeamMember[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i + 1}`,
    name: `${FIRST[i % FIRST.length]} ${String.fromCharCode(65 + ((i * 7) % 26))}.`,
    teamId: `t${(i % teams) + 1}`,
    progress: i % 17 === 5 ? null : ((i * 37) % (stageCount * 2 + 1)) / 2 / (1 + (i % 3 === 0 ? 1 : 0)),
  }));
}

/** A rising history: one check-in every two months from January 2025. */
export function buildHistory(steps: readonly number[]): DatedProgress[] {
  return steps.map((progress, i) => {
    const month = i * 2;
    const at = new Date(Date.UTC(2025, month, 3 + i)).toISOString();
    return { at, progress };
  });
}

/** One person part-way along the path: her own view, her mentor's just behind, four check-ins of history. */
export function buildPersonInput(framework: Framework): PersonDiagramInput {
  return {
    framework,
    person: {
      name: "Dana Levi",
      self: positionAt(framework, 3.5),
      mentor: positionAt(framework, 3),
      history: buildHistory([1, 1.5, 2, 3]),
    },
  };
}

/** A small chain: two roots, a three-deep branch, one hostile name, one second giver. */
export function buildChain(): ChainDiagramInput {
  const people = [
    { id: "a", name: "Ada Lovelace" },
    { id: "b", name: HOSTILE_NAMES.hebrew },
    { id: "c", name: HOSTILE_NAMES.arabic },
    { id: "d", name: HOSTILE_NAMES.markup },
    { id: "e", name: "Eli Brown" },
    { id: "f", name: HOSTILE_NAMES.emoji },
    { id: "g", name: "Goran Petrović" },
  ];
  return {
    people,
    moments: [
      { giverId: "a", receiverId: "b", state: "result" },
      { giverId: "b", receiverId: "c", state: "accepted" },
      { giverId: "b", receiverId: "d", state: "extended" },
      { giverId: "c", receiverId: "f", state: "aware" },
      { giverId: "e", receiverId: "g", state: "no_change" },
      { giverId: "e", receiverId: "c", state: "result" },
    ],
  };
}
