/**
 * A steady write load on one server until it dies: several check-in writers (create a draft with
 * its ratings, then submit it) and one plan editor (replace the goal list under the version
 * check), all recording into the ledger what they sent and what was acknowledged.
 */
import { defaultFramework, orderedStageIds } from "@ascent/core";
import type { ApiClient, Random } from "../support/index.js";
import type { CheckInAttempt, Rating, WriteLedger } from "./write-ledger.js";

/** The default framework's stages, in path order: the writers rate a prefix of them. */
const STAGES = orderedStageIds(defaultFramework());
const RATINGS: readonly Rating[] = ["not_yet", "emerging", "established"];

/** How a round of writing went. */
export interface WriterStop {
  /** Writes answered with 5xx or an unexpected status while the server was up (should be none). */
  readonly unexpected: string[];
}

/** Options of one round. */
export interface SteadyWriteOptions {
  readonly api: ApiClient;
  readonly personId: string;
  readonly ledger: WriteLedger;
  readonly random: Random;
  readonly round: number;
  /** Concurrent check-in writers (the plan editor comes on top). */
  readonly checkInWriters: number;
  /** Writers give up after this long even if the server is still up. */
  readonly maxMs: number;
}

/** Writes until every writer has seen the server go away (a request fails) or maxMs passed. */
export async function writeUntilServerDies(options: SteadyWriteOptions): Promise<WriterStop> {
  const unexpected: string[] = [];
  const deadline = Date.now() + options.maxMs;
  const writers = Array.from({ length: options.checkInWriters }, (_, index) =>
    loop(() => writeOneCheckIn(options, index), deadline, unexpected),
  );
  writers.push(loop(() => editPlanOnce(options), deadline, unexpected));
  await Promise.all(writers);
  return { unexpected };
}

/** Repeats `step` until it throws (the connection broke) or the deadline passed. */
async function loop(step: () => Promise<string | null>, deadline: number, unexpected: string[]): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const problem = await step();
      if (problem) unexpected.push(problem);
    } catch {
      // The server went away mid-request: this write is unacknowledged, and the round is over.
      return;
    }
  }
}

function randomRatings(random: Random): Record<string, Rating> {
  const count = random.between(2, STAGES.length);
  const ratings: Record<string, Rating> = {};
  for (const stage of STAGES.slice(0, count)) ratings[stage] = random.pick(RATINGS);
  return ratings;
}

/** Create a draft with its ratings, then submit it; null when both were acknowledged. */
async function writeOneCheckIn(options: SteadyWriteOptions, writer: number): Promise<string | null> {
  const { api, ledger, random, round } = options;
  const marker = `crash-r${round}-w${writer}-${ledger.checkIns.size}-${random.between(0, 1e9)}`;
  const attempt: CheckInAttempt = { marker, ratings: randomRatings(random), id: null, submitted: false, round };
  // Recorded before sending: a draft that lands without its answer is still ours to check.
  ledger.checkIns.set(marker, attempt);
  const created = await api.post<{ checkIn?: { id?: string } }>("/api/v1/check-ins", {
    personId: options.personId,
    assessorKind: "self",
    ratings: attempt.ratings,
    notes: marker,
  });
  if (created.status !== 201 || !created.body.checkIn?.id) return `create → ${created.status}`;
  attempt.id = created.body.checkIn.id;
  const submitted = await api.post(`/api/v1/check-ins/${attempt.id}/submit`, { version: 1 });
  if (submitted.status !== 200) return `submit → ${submitted.status}`;
  attempt.submitted = true;
  return null;
}

/** Replace the plan's goals with a fresh list under the version last acknowledged. */
async function editPlanOnce(options: SteadyWriteOptions): Promise<string | null> {
  const { api, ledger, random, round } = options;
  const plan = ledger.plan;
  const from = plan.ackedVersion;
  const tag = `r${round}-v${from + 1}-${random.between(0, 1e9)}`;
  const titles = Array.from({ length: random.between(1, 4) }, (_, i) => `goal ${tag} #${i + 1}`);
  // The server refuses (409) a second write of a version, so each version maps to one list.
  plan.goalsByVersion.set(from + 1, titles);
  const edited = await api.patch<{ version?: number }>(`/api/v1/plans/${plan.planId}`, {
    version: from,
    goals: titles.map((title) => ({ title })),
  });
  if (edited.status !== 200 || edited.body.version !== from + 1) return `plan edit → ${edited.status}`;
  plan.ackedVersion = from + 1;
  plan.ackedEdits += 1;
  plan.lastAckedRound = round;
  return null;
}

/**
 * After a restart: the plan may be ahead of what was acknowledged (an edit committed whose answer
 * the crash swallowed). The next edits continue from the stored version.
 */
export async function catchUpPlanVersion(api: ApiClient, ledger: WriteLedger): Promise<number> {
  const read = await api.get<{ version?: number }>(`/api/v1/plans/${ledger.plan.planId}`);
  if (read.status !== 200 || typeof read.body.version !== "number") {
    throw new Error(`plan read failed: ${read.status} ${JSON.stringify(read.body)}`);
  }
  ledger.plan.ackedVersion = read.body.version;
  return read.body.version;
}
