/**
 * The core is pure: no I/O, no clock or randomness of its own, and no dependency on the server or the
 * web app. What the core imports is checked by the boundary rule `core-is-pure` (.dependency-cruiser.cjs,
 * run by `npm test`); this test reads every source file of the core for what an import check cannot
 * see — the clock, randomness, the process, the network — and fails naming the file and the line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const coreSrc = fileURLToPath(new URL(".", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__snapshots__" ? [] : sourceFiles(path);
    const isTest = /\.test\.tsx?$/.test(entry.name) || /(test-factories|\.fixture|test\.helpers)\.ts$/.test(entry.name);
    return /\.tsx?$/.test(entry.name) && !isTest && !path.includes(`${join("diagrams", "testing")}`) ? [path] : [];
  });
}

/** Calls that reach outside the core's inputs (its imports are the boundary rule's to check). */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/\bDate\.now\(|new Date\(\s*\)/, "reads the clock (time must be a parameter)"],
  [/\bMath\.random\(/, "uses unseeded randomness"],
  [/\bprocess\.|\brequire\(|\bfetch\(/, "reaches the process, CommonJS or the network"],
];

describe("the core package", () => {
  const files = sourceFiles(coreSrc);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("does no I/O: no clock, randomness, process or network of its own", () => {
    const problems: string[] = [];
    for (const file of files) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, index) => {
          if (/^\s*(\/\/|\*|\/\*)/.test(line)) return; // comments may mention these words
          for (const [pattern, reason] of FORBIDDEN) {
            if (pattern.test(line)) problems.push(`${relative(coreSrc, file)}:${index + 1}: ${reason}: ${line.trim()}`);
          }
        });
    }
    expect(problems).toEqual([]);
  });

  it("declares only yaml and @noble/hashes as run-time dependencies", () => {
    const manifest = JSON.parse(readFileSync(join(coreSrc, "..", "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(["@noble/hashes", "yaml"]);
  });
});
