/**
 * Use case: anyone signed in reads the framework the organisation works with now (the active
 * version; the default one before an admin loads their own) — for the framework page and diagrams.
 */
import type { Framework } from "@ascent/core";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import type { AppContext } from "../context/app-context.js";

/** The active framework. */
export async function getActiveFramework(db: AppContext["db"]): Promise<Framework> {
  return activeFramework(db);
}
