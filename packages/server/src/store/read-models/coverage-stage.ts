/**
 * The stage leadership coverage counts from ("team ownership"): the last stage of the framework's
 * second level (the team scope), or the last stage of a framework with a single level. The
 * coverage read model counts people at that stage or beyond for the ACTIVE framework; like every
 * read model, it is recounted (rebuildReadModels) when the framework positions are computed
 * against changes.
 */
import { type Framework, frameworkPath, type PathStage } from "@ascent/core";
import { activeFramework } from "../repositories/framework-version.repository.js";
import type { Db } from "../repositories/store.types.js";

/** The coverage stage of a framework (see the file comment). */
export function coverageStage(framework: Framework): PathStage {
  const path = frameworkPath(framework);
  return path.filter((p) => p.levelIndex === 1).at(-1) ?? path.at(-1)!;
}

// Stage numbers by the active version's content hash ("" before any version is stored): every
// check-in asks, and the framework's source is only read and parsed the first time.
const numberByHash = new Map<string, number>();

/** The number of the active framework's coverage stage (people with `reached` ≥ it are leaders). */
export async function activeCoverageStageNumber(db: Db): Promise<number> {
  const active = await db
    .selectFrom("framework_version")
    .select("content_hash")
    .where("is_active", "=", 1)
    .executeTakeFirst();
  const hash = active?.content_hash ?? "";
  const known = numberByHash.get(hash);
  if (known !== undefined) return known;
  const number = coverageStage(await activeFramework(db)).number;
  numberByHash.set(hash, number);
  return number;
}
