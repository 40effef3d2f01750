/**
 * Writes the diagram gallery (docs/diagrams/*.svg and docs/diagrams.md) from the demo organisation.
 * `--check` writes nothing and exits 1 when any file is missing or stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGallery } from "./gallery/gallery.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The gallery files that differ from what is on disk. */
export function staleGalleryFiles(files: Map<string, string> = buildGallery()): string[] {
  return [...files]
    .filter(([path, content]) => {
      const full = join(root, path);
      return !existsSync(full) || readFileSync(full, "utf8") !== content;
    })
    .map(([path]) => path);
}

function main(argv: readonly string[]): number {
  const files = buildGallery();
  if (argv.includes("--check")) {
    const stale = staleGalleryFiles(files);
    if (stale.length > 0) {
      process.stderr.write(
        `The diagram gallery is stale (${stale.join(", ")}); run: npx tsx scripts/build-diagram-gallery.ts\n`,
      );
      return 1;
    }
    process.stdout.write(`The diagram gallery is up to date (${files.size} files).\n`);
    return 0;
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  process.stdout.write(`Wrote ${files.size} gallery files.\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
