// Product text must be written in the project's own words, never pasted from the blog posts it is based on.
// This test proves it mechanically: no run of six or more consecutive words from the seed text may appear in
// any product text (framework content, UI copy, docs). A run of six shares every one of its 6-word windows
// with the seed, so checking 6-grams is enough to catch longer runs too.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const RUN_LENGTH = 6;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixturePath = join(repoRoot, "scripts/fixtures/seed.txt");
const sharedSeedDir = join(repoRoot, "../shared/seed");

/** Splits text into normalised words: lowercase, curly quotes made straight, letters/digits/apostrophes only. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word !== "");
}

/** Every run of RUN_LENGTH consecutive words in the text, each joined by single spaces. */
function runs(text: string): string[] {
  const list = words(text);
  const result: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= list.length; i++) result.push(list.slice(i, i + RUN_LENGTH).join(" "));
  return result;
}

/** The runs of the text that also occur in the seed, without repeats, in order of appearance. */
function overlaps(text: string, seedRuns: ReadonlySet<string>): string[] {
  return [...new Set(runs(text).filter((run) => seedRuns.has(run)))];
}

const SCANNED_EXTENSIONS = [".yaml", ".yml", ".ts", ".tsx", ".md", ".html"];
const SKIPPED_DIRECTORIES = new Set(["node_modules", "dist"]);

/** Files under a folder, recursively, skipping dependency and build folders. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** The product text files: package sources, READMEs and docs; tests and the seed fixture are not product text. */
function productFiles(): string[] {
  const packagesDir = join(repoRoot, "packages");
  const packageNames = existsSync(packagesDir) ? readdirSync(packagesDir) : [];
  const sources = packageNames
    .flatMap((name) => filesUnder(join(packagesDir, name, "src")))
    .filter((path) => SCANNED_EXTENSIONS.some((ext) => path.endsWith(ext)))
    .filter((path) => !/\.test\.tsx?$/.test(path));
  const readmes = [join(repoRoot, "README.md"), ...packageNames.map((name) => join(packagesDir, name, "README.md"))];
  const docs = filesUnder(join(repoRoot, "docs")).filter((path) => path.endsWith(".md"));
  return [...sources, ...readmes.filter((path) => existsSync(path)), ...docs].filter((path) => path !== fixturePath);
}

const seedRuns = new Set(runs(readFileSync(fixturePath, "utf8")));

describe("seed overlap detector", () => {
  it("catches a six-word run taken from the seed, whatever its case and punctuation", () => {
    expect(overlaps("Our view: PATTERNS apply to people, and groups of all sizes.", seedRuns)).toEqual([
      "patterns apply to people and groups",
    ]);
  });

  it("treats a straight apostrophe like the seed's curly one", () => {
    expect(overlaps("As we've each mentored people into it", seedRuns)).toEqual(["as we've each mentored people into"]);
  });

  it("ignores a five-word run from the seed", () => {
    expect(overlaps("Patterns apply to people and teams alike.", seedRuns)).toEqual([]);
  });
});

describe("product text", () => {
  it("uses a fixture equal to the shared seed, when the shared folder is present", () => {
    if (!existsSync(sharedSeedDir)) return;
    const shared = readdirSync(sharedSeedDir)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => readFileSync(join(sharedSeedDir, name), "utf8"))
      .join("");
    expect(readFileSync(fixturePath, "utf8")).toBe(shared);
  });

  it("scans the default framework and ingredients", () => {
    const scanned = productFiles().map((path) => relative(repoRoot, path));
    expect(scanned).toContain("packages/core/src/framework/default-framework.yaml");
    expect(scanned).toContain("packages/core/src/permission/default-ingredients.yaml");
  });

  it("shares no run of six consecutive words with the seed", () => {
    const offences = productFiles().flatMap((path) =>
      overlaps(readFileSync(path, "utf8"), seedRuns).map((run) => `${relative(repoRoot, path)}: "${run}"`),
    );
    expect(offences, `product text copies the seed:\n${offences.join("\n")}`).toEqual([]);
  });
});
