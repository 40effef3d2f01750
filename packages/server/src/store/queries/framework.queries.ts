/** The framework check-ins are made against: the active stored version, else the default. */
import { defaultFramework, type Framework, parseFramework } from "@ascent/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";

// Parsed frameworks by content hash: a version's text never changes, so parsing once is enough.
const parsed = new Map<string, Framework>();

/**
 * The active framework version. Before an admin loads one, the default (the Technical Leadership
 * Progression) is in force, so a fresh install works at once.
 */
export async function activeFramework(db: Kysely<Database>): Promise<Framework> {
  const row = await db
    .selectFrom("framework_version")
    .select(["content_hash", "source", "source_format"])
    .where("is_active", "=", 1)
    .executeTakeFirst();
  if (!row) return defaultFramework();
  const cached = parsed.get(row.content_hash);
  if (cached) return cached;
  const result = parseFramework(row.source, { format: row.source_format === "json" ? "json" : "yaml" });
  if (!result.ok) throw new Error(`The active framework version ${row.content_hash} no longer parses`);
  parsed.set(row.content_hash, result.framework);
  return result.framework;
}
