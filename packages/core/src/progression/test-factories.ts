/**
 * Small builders for tests: a framework from stage ids, check-ins with sensible defaults, people,
 * and `day(n)` for readable dates. Only tests import this file.
 */
import type { Framework, Level, Stage } from "../framework/framework.types.js";
import type { Person } from "../organisation/organisation.types.js";
import type { CheckIn, IsoDateTime } from "./progression.types.js";

/** The default framework's stage ids, in path order. */
export const DEFAULT_STAGE_IDS = [
  "self-awareness",
  "self-ownership",
  "team-awareness",
  "team-ownership",
  "multi-team-awareness",
  "multi-team-ownership",
  "enterprise-awareness",
  "enterprise-ownership",
] as const;

/** A stage with the given id and name; everything else empty. */
export function buildStage(id: string, overrides: Partial<Stage> = {}): Stage {
  return {
    id,
    name: id,
    summary: "",
    description: "",
    signals: [],
    pitfalls: [],
    actions: [],
    replaces: [],
    ...overrides,
  };
}

/** A framework whose levels hold stages with the given ids, e.g. `buildFramework([["a","b"],["c"]])`. */
export function buildFramework(
  levels: readonly (readonly string[])[],
  options: {
    readonly levelNames?: readonly string[];
    readonly stageNames?: Readonly<Record<string, string>>;
    /** Signal ids per stage id. */
    readonly signals?: Readonly<Record<string, readonly string[]>>;
  } = {},
): Framework {
  return {
    id: "test-framework",
    name: "Test framework",
    version: "1.0.0",
    description: "",
    contentHash: "test",
    levels: levels.map(
      (stageIds, index): Level => ({
        id: `level-${index + 1}`,
        name: options.levelNames?.[index] ?? `Level ${index + 1}`,
        description: "",
        stages: stageIds.map((id) =>
          buildStage(id, {
            name: options.stageNames?.[id] ?? id,
            signals: (options.signals?.[id] ?? []).map((signalId) => ({ id: signalId, text: signalId })),
          }),
        ),
      }),
    ),
  };
}

/** The eight-stage Technical Leadership Progression shape, with its level and stage names. */
export function buildDefaultFramework(): Framework {
  const ids = DEFAULT_STAGE_IDS;
  const stageNames = Object.fromEntries(ids.map((id) => [id, id.endsWith("awareness") ? "Awareness" : "Ownership"]));
  return buildFramework(
    [
      [ids[0], ids[1]],
      [ids[2], ids[3]],
      [ids[4], ids[5]],
      [ids[6], ids[7]],
    ],
    { levelNames: ["Self", "Team & system", "Multi-team & multi-system", "Enterprise"], stageNames },
  );
}

const EPOCH = Date.UTC(2024, 0, 1);

/** The timestamp `n` days after 2024-01-01T00:00:00.000Z (fractions allowed). */
export function day(n: number): IsoDateTime {
  return new Date(EPOCH + n * 86_400_000).toISOString();
}

let nextCheckInNumber = 1;

/** A check-in with defaults: submitted self check-in of person "p1" on day 0 rating nothing. */
export function buildCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  const status = overrides.status ?? "submitted";
  const personId = overrides.personId ?? "p1";
  const submittedAt = status === "submitted" ? (overrides.submittedAt ?? day(0)) : overrides.submittedAt;
  const base: CheckIn = {
    id: `c${nextCheckInNumber++}`,
    personId,
    authorId: overrides.assessorKind && overrides.assessorKind !== "self" ? "mentor-1" : personId,
    assessorKind: "self",
    status,
    frameworkHash: "test",
    createdAt: submittedAt ?? day(0),
    ratings: {},
  };
  const built = { ...base, ...overrides };
  return submittedAt === undefined ? built : { ...built, submittedAt };
}

/** An active person, not staying by choice. */
export function buildPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: "p1",
    name: "Ada Example",
    email: "ada@example.test",
    teamId: null,
    title: "Engineer",
    status: "active",
    roles: [],
    joinedAt: day(0),
    stayingByChoice: null,
    ...overrides,
  };
}

/**
 * Ratings from a compact code along the path: `E` established, `e` emerging, `n` not_yet,
 * `.` unrated. `ratings(fw, "EEe")` rates the first three stages.
 */
export function ratings(framework: Framework, code: string): CheckIn["ratings"] {
  const ids = framework.levels.flatMap((level) => level.stages.map((stage) => stage.id));
  const byLetter = { E: "established", e: "emerging", n: "not_yet" } as const;
  const entries = [...code].flatMap((letter, index) => {
    const rating = byLetter[letter as keyof typeof byLetter];
    const id = ids[index];
    return rating && id ? [[id, rating] as const] : [];
  });
  return Object.fromEntries(entries);
}
