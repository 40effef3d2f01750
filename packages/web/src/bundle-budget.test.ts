import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { describe, expect, it } from "vitest";

const web = fileURLToPath(new URL("..", import.meta.url));

describe("the web app's bundle", () => {
  it("keeps the JavaScript of a first visit within 150 KB gzipped", async () => {
    // `npm test` builds first; a lone vitest run builds here, as production (Vitest sets NODE_ENV to
    // "test", which would give React's larger development runtime and fail the budget for nothing).
    if (!existsSync(`${web}dist/index.html`)) {
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = "production";
      try {
        await build({ configFile: `${web}vite.config.ts`, logLevel: "warn", mode: "production" });
      } finally {
        if (nodeEnv === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = nodeEnv;
      }
    }
    const check = spawnSync(process.execPath, [`${web}scripts/check-bundle-size.mjs`, "--budget-kb", "150"], {
      encoding: "utf8",
    });
    expect(check.stdout + check.stderr).toMatch(/KB/);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  }, 120_000);
});
