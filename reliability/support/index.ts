/**
 * Helpers of the reliability suite (reliability/*.test.ts, run by vitest.reliability.config.ts after
 * the main Vitest run of `npm test`). Tests start the built binary, as users run it:
 *
 *   import { ENGINE_KINDS, freshDatabase, setUpAdmin, apiClient, startAscent, printFigures } from "./support/index.js";
 *
 *   for (const kind of ENGINE_KINDS) {
 *     const database = await freshDatabase(kind);        // sqlite temp dir | postgres (server or PGlite)
 *     const server = await startAscent({ env: database.env });  // ready: /readyz answered 200
 *     const admin = await setUpAdmin(server.url, { demo: true });
 *     const api = apiClient(server.url, admin.token);
 *     await server.kill();                              // SIGKILL, waits for the exit
 *     const again = await server.restart();             // same database, same port
 *     await again.stop();                               // SIGTERM (graceful)
 *     await database.dispose();
 *   }
 *
 * - ascent-server.ts: startAscent, AscentServer (url, pid, rssKiB, kill, stop, restart, output), rssKiBOf
 * - databases.ts:     ENGINE_KINDS, freshDatabase, ReliabilityDatabase (env, open, dispose), sqliteIntegrity, hasRealPostgres
 * - admin-session.ts: setUpAdmin (first admin, demo organisation, read+write API token), apiClient,
 *                     signUpMember (an existing person's own account and token, through an invitation)
 * - figures.ts:       printFigures (one aligned block per test), mebibytes
 * - random.ts:        seededRandom (RELIABILITY_SEED repeats a run; print random.seed with the figures)
 *
 * Every test bounds its own duration and request counts, and talks only to 127.0.0.1.
 */
export * from "./admin-session.js";
export * from "./ascent-server.js";
export * from "./databases.js";
export * from "./figures.js";
export * from "./random.js";
