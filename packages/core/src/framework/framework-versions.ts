/**
 * Stable identity across framework versions. A stage keeps its id from version to version; when a new
 * version gives it a new id it says so with `replaces`, and these helpers follow those links so old
 * check-ins still land on the right stage.
 */
import type { Framework, FrameworkIssue, Stage, StageId } from "./framework.types.js";
import { canonicalStageJson } from "./framework-content-hash.js";

/** What changed between two versions, stage by stage, in path order. */
export interface FrameworkVersionDiff {
  /** Stages of the newer version that neither existed nor replace a stage of the older one. */
  readonly added: readonly StageId[];
  /** Stages of the older version that are gone and that no stage of the newer one replaces. */
  readonly removed: readonly StageId[];
  /** Stages that continue under a new id (`to` lists `from` in its `replaces`). */
  readonly renamed: readonly { readonly from: StageId; readonly to: StageId }[];
  /** Stages with the same id in both whose content (text, signals, pitfalls, actions) or level changed. */
  readonly changed: readonly StageId[];
}

/**
 * The id that `stageId` has in the newest version, following `replaces` links through every version
 * (given oldest first); undefined when the stage was dropped or never existed.
 */
export function resolveStageId(versions: readonly Framework[], stageId: StageId): StageId | undefined {
  let current = stageId;
  for (const version of versions) {
    const stages = stagesOf(version);
    if (stages.some((stage) => stage.id === current)) continue;
    // An id may skip versions: a stage dropped in one version can be taken up by a later one.
    const successor = stages.find((stage) => stage.replaces.includes(current));
    if (successor) current = successor.id;
  }
  const newest = versions.at(-1);
  return newest && stagesOf(newest).some((stage) => stage.id === current) ? current : undefined;
}

/** Stage by stage, what changed from `older` to `newer`. */
export function diffFrameworkVersions(older: Framework, newer: Framework): FrameworkVersionDiff {
  const olderStages = stagesWithLevel(older);
  const newerStages = stagesWithLevel(newer);
  const olderById = new Map(olderStages.map((entry) => [entry.stage.id, entry]));
  const newerIds = new Set(newerStages.map((entry) => entry.stage.id));

  const renamed: { from: StageId; to: StageId }[] = [];
  const continued = new Set<StageId>();
  const added: StageId[] = [];
  const changed: StageId[] = [];
  for (const { stage, levelId } of newerStages) {
    const earlier = olderById.get(stage.id);
    if (earlier) {
      if (
        earlier.levelId !== levelId ||
        canonicalStageJson(withoutReplaces(earlier.stage)) !== canonicalStageJson(withoutReplaces(stage))
      ) {
        changed.push(stage.id);
      }
      continue;
    }
    const from = stage.replaces.filter((id) => olderById.has(id) && !newerIds.has(id));
    for (const id of from) {
      renamed.push({ from: id, to: stage.id });
      continued.add(id);
    }
    if (from.length === 0) added.push(stage.id);
  }
  const removed = olderStages.map((entry) => entry.stage.id).filter((id) => !newerIds.has(id) && !continued.has(id));
  return { added, removed, renamed, changed };
}

/**
 * Problems with `newer` as the successor of `older`: a different framework, a reused version string
 * with other content, a version number that goes down, or a stage that vanished without a `replaces`
 * (check-ins that rated it would lose that rating).
 */
export function checkVersionSuccession(older: Framework, newer: Framework): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  if (older.id !== newer.id) {
    issues.push({ path: "id", reason: `is "${newer.id}", but the earlier version is of framework "${older.id}"` });
  }
  if (older.version === newer.version && older.contentHash !== newer.contentHash) {
    issues.push({
      path: "version",
      reason: `"${newer.version}" is already the version of different content; declare a new version`,
    });
  } else if (compareVersions(newer.version, older.version) < 0) {
    issues.push({ path: "version", reason: `"${newer.version}" is lower than the earlier version "${older.version}"` });
  }
  for (const id of diffFrameworkVersions(older, newer).removed) {
    issues.push({
      path: "levels",
      reason: `stage "${id}" of version "${older.version}" is gone and no stage replaces it; ratings of it will not carry over (add \`replaces: [${id}]\` to the stage that continues it)`,
    });
  }
  return issues;
}

/** Compares dotted numeric versions ("1.10.0" > "1.9.2"); 0 when either is not of that form. */
function compareVersions(a: string, b: string): number {
  const pattern = /^v?\d+(\.\d+)*$/;
  if (!pattern.test(a) || !pattern.test(b)) return 0;
  const left = a.replace(/^v/, "").split(".").map(Number);
  const right = b.replace(/^v/, "").split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function stagesOf(framework: Framework): Stage[] {
  return framework.levels.flatMap((level) => level.stages);
}

function stagesWithLevel(framework: Framework): { stage: Stage; levelId: string }[] {
  return framework.levels.flatMap((level) => level.stages.map((stage) => ({ stage, levelId: level.id })));
}

// `replaces` records history, not content: adding a link to an old id is not a change a reader sees.
function withoutReplaces(stage: Stage): Stage {
  return { ...stage, replaces: [] };
}
