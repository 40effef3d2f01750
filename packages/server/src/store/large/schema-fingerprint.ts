/**
 * A short fingerprint of the schema the migrations build — their names and the source of each
 * `up` — for the benchmark's cached databases: the highest schema version alone would not change
 * when a migration is added below it or edited, and a stale cache would then be measured.
 */
import { createHash } from "node:crypto";
import { MIGRATIONS } from "../migrations/migration-provider.js";

/** 12 hex digits naming this code's migrations. */
export function schemaFingerprint(): string {
  const hash = createHash("sha256");
  for (const [name, migration] of Object.entries(MIGRATIONS)) hash.update(`${name}\n${migration.up.toString()}\n`);
  return hash.digest("hex").slice(0, 12);
}
