/**
 * Finds the built web app (packages/web/dist) by walking up from this module: the same walk
 * works from the TypeScript sources (packages/server/src/web-app/) and from the esbuild bundle
 * (packages/server/dist/ascent.js), so neither needs a configured path.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding index.html of the built web app, or null when it has not been built. */
export function locateWebDist(from: string = fileURLToPath(import.meta.url)): string | null {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, "packages", "web", "dist");
    if (existsSync(join(candidate, "index.html"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
