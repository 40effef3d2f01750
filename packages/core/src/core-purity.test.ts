/**
 * The core is pure: no I/O, no clock or randomness of its own, and no dependency on the server or the
 * web app. This test reads every source file of the core and fails naming the file and the line.
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

/** Imports from anything but relative paths, `yaml` and `@noble/hashes`, and calls that reach outside. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [
    /from\s+["'](?!\.{1,2}\/|yaml["']|@noble\/hashes\/)[^"']+["']/,
    "imports a module outside the core's allowed dependencies",
  ],
  [/import\(\s*["'](?!\.{1,2}\/)/, "imports a module dynamically"],
  [/\bDate\.now\(|new Date\(\s*\)/, "reads the clock (time must be a parameter)"],
  [/\bMath\.random\(/, "uses unseeded randomness"],
  [/\bprocess\.|\brequire\(|\bfetch\(/, "reaches the process, CommonJS or the network"],
];

describe("the core package", () => {
  const files = sourceFiles(coreSrc);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("does no I/O and depends on nothing but yaml and @noble/hashes", () => {
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
