/**
 * Use case: the operator starts a new install with the demo organisation (`ascent init --demo`),
 * before the admin is set up. Only into an empty database: the demo never mixes with real people.
 * (Beside an existing admin, the app's one-click demo is load-demo-organisation.service.ts.)
 */
import { buildDemoOrganisation } from "@ascent/core";
import type { Db } from "../../store/repositories/store.types.js";
import { loadDemoOrganisation } from "../../store/transfer/load-demo-organisation.js";
import { isEmptyDatabase } from "../../store/transfer/load-organisation.js";

/** Loads the demo and answers true; answers false, writing nothing, when the database holds anyone. */
export async function loadDemoIntoEmptyDatabase(db: Db): Promise<boolean> {
  if (!(await isEmptyDatabase(db))) return false;
  await loadDemoOrganisation(db, buildDemoOrganisation());
  return true;
}
