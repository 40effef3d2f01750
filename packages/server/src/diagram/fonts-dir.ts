/** Finds the fonts shipped with the server, from source (tests) and from the bundle (dist/ascent.js) alike. */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Walks up from `start` until a folder containing `assets/fonts` is found. */
export function findFontsDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, "assets", "fonts");
    if (existsSync(candidate)) return candidate;
    // The repository root holds the fonts under packages/server when run from elsewhere in the tree.
    const nested = join(dir, "packages", "server", "assets", "fonts");
    if (existsSync(nested)) return nested;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`diagram fonts not found above ${start} (expected assets/fonts)`);
    dir = parent;
  }
}

/** The font files resvg loads: every .otf/.ttf in the fonts folder, sorted for a stable order. */
export function fontFiles(dir: string = findFontsDir()): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(otf|ttf)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}
