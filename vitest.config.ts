import { defineConfig } from "vitest/config";

// One run covers every package: tests live beside the code they test.
// The "source" condition makes workspace packages resolve to their TypeScript sources.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["packages/*/src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    passWithNoTests: false,
    // One PGlite for the whole run when TEST_DATABASE_URL is unset (each instance takes seconds and ~800 MB).
    globalSetup: ["packages/server/src/store/testing/pglite.global-setup.ts"],
  },
});
