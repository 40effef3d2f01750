import { defineConfig } from "vitest/config";

// The reliability suite (reliability/): crash safety, load, two instances and faults, against the
// built `ascent serve` binary. `npm test` runs it after the main Vitest run. Its tests start
// servers and load them, so files run one at a time in a single fork (the machine has 2 cores)
// with timeouts sized for minutes, not seconds.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["reliability/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
    passWithNoTests: false,
    // Figures printed by the tests are the point: show them as they come.
    silent: false,
    // One PGlite for the run when TEST_DATABASE_URL is unset (shared with the main suite's setup).
    globalSetup: ["packages/server/src/store/testing/pglite.global-setup.ts"],
  },
});
