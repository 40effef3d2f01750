/**
 * A large organisation for benchmarks, produced as streams: 100,000 people and two million
 * check-ins never sit in memory at once. Each person is derived from (seed, index) alone, so
 * every stream can be read independently, lazily and in batches, and gives the same data on
 * every run.
 */
import { defaultFramework } from "../framework/default-framework.js";
import type { Framework } from "../framework/framework.types.js";
import type { Group, Mentorship, Person, Team } from "../organisation/organisation.types.js";
import type { CheckIn, IsoDateTime } from "../progression/progression.types.js";
import { DEMO_NOW } from "./demo-organisation.js";
import type { DemoOrganisationInfo } from "./demo-organisation.types.js";
import { demoPath } from "./demo-path.js";
import { addDays, addMonths, parseIso, toIso } from "./demo-time.js";
import {
  GROUP_SIZE,
  type LargeContext,
  largeCheckIns,
  largeId,
  largeMentorship,
  largePerson,
  TEAM_SIZE,
} from "./large-person.js";

/** Options of `generateLargeOrganisation`. */
export interface LargeOrganisationOptions {
  readonly seed?: number;
  /** Default 100,000. */
  readonly people?: number;
  /** Default 20. */
  readonly checkInsPerPerson?: number;
  readonly now?: IsoDateTime;
  readonly framework?: Framework;
}

/** A large organisation: small tables in memory, big ones as batch generators. */
export interface LargeOrganisation {
  readonly organisation: DemoOrganisationInfo;
  readonly framework: Framework;
  readonly teams: readonly Team[];
  readonly groups: readonly Group[];
  /** How many records each stream yields in total. */
  readonly counts: { readonly people: number; readonly mentorships: number; readonly checkIns: number };
  /** People in id order, `size` at a time. */
  people(size?: number): Generator<Person[]>;
  /** Mentorships in mentee order, `size` at a time. */
  mentorships(size?: number): Generator<Mentorship[]>;
  /** Check-ins in person order (each person's oldest first), `size` at a time. */
  checkIns(size?: number): Generator<CheckIn[]>;
}

const DEFAULT_BATCH = 1_000;

/** Groups items from a lazy source into arrays of `size` (the last may be shorter). */
function* batched<T>(items: Iterable<T>, size: number): Generator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Batch size must be a positive integer, got ${size}`);
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Builds the large organisation's description; records are only produced when a stream is read. */
export function generateLargeOrganisation(options: LargeOrganisationOptions = {}): LargeOrganisation {
  const people = options.people ?? 100_000;
  const checkInsPerPerson = options.checkInsPerPerson ?? 20;
  if (!Number.isInteger(people) || people < 1) throw new Error(`people must be a positive integer, got ${people}`);
  if (!Number.isInteger(checkInsPerPerson) || checkInsPerPerson < 0 || checkInsPerPerson > 999) {
    throw new Error(`checkInsPerPerson must be an integer from 0 to 999, got ${checkInsPerPerson}`);
  }
  const framework = options.framework ?? defaultFramework();
  const now = parseIso(options.now ?? DEMO_NOW);
  const historyStart = addMonths(now, -24);
  const ctx: LargeContext = {
    seed: (options.seed ?? 1) >>> 0,
    people,
    checkInsPerPerson,
    now,
    historyStart,
    framework,
    path: demoPath(framework),
    width: Math.max(3, String(people).length),
  };
  const teamCount = Math.ceil(people / TEAM_SIZE);
  const groupCount = Math.ceil(teamCount / GROUP_SIZE);
  const personId = (index: number) => largeId("person", index + 1, ctx.width);
  const teams: Team[] = Array.from({ length: teamCount }, (_, t) => ({
    id: largeId("team", t + 1, ctx.width),
    name: `Team ${t + 1}`,
    groupId: largeId("group", Math.floor(t / GROUP_SIZE) + 1, ctx.width),
    leadIds: [personId(t * TEAM_SIZE)],
  }));
  const groups: Group[] = Array.from({ length: groupCount }, (_, g) => ({
    id: largeId("group", g + 1, ctx.width),
    name: `Group ${g + 1}`,
    leadIds: [personId(g * GROUP_SIZE * TEAM_SIZE)],
  }));

  function* everyone() {
    for (let i = 0; i < people; i++) yield largePerson(ctx, i);
  }
  function* allMentorships() {
    for (const lp of everyone()) {
      const m = largeMentorship(ctx, lp);
      if (m) yield m;
    }
  }
  function* allCheckIns() {
    for (const lp of everyone()) yield* largeCheckIns(ctx, lp, largeMentorship(ctx, lp));
  }

  return {
    organisation: {
      id: "org-large",
      name: "Large benchmark organisation",
      createdAt: toIso(addDays(historyStart, -14)),
    },
    framework,
    teams,
    groups,
    counts: { people, mentorships: people - 1, checkIns: people * checkInsPerPerson },
    people: (size = DEFAULT_BATCH) =>
      batched(
        (function* () {
          for (const lp of everyone()) yield lp.person;
        })(),
        size,
      ),
    mentorships: (size = DEFAULT_BATCH) => batched(allMentorships(), size),
    checkIns: (size = DEFAULT_BATCH) => batched(allCheckIns(), size),
  };
}
