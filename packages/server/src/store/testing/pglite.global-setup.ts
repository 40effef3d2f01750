/**
 * Optional vitest globalSetup: one PGlite server for the whole test run instead of one per
 * worker. Skipped when TEST_DATABASE_URL names a real server.
 */
import type { TestProject } from "vitest/node";
import { startPgliteServer } from "./pglite-server.js";
import "./postgres-test-server.js";

/** Starts the shared PGlite server and hands its URL to the workers. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.TEST_DATABASE_URL) return undefined;
  const server = await startPgliteServer();
  project.provide("ascentPgliteUrl", server.url);
  return () => server.stop();
}
