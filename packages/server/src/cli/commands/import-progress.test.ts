/**
 * The progress bar of `ascent import` through the real binary: drawn on a terminal (a
 * pseudo-terminal from util-linux `script`, which Debian always has), coloured unless NO_COLOR is
 * set, and never drawn when stderr is a pipe or a file.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { scratchDir } from "../testing/cli-targets.js";
import { ensureBuilt, runCli } from "../testing/run-cli.js";

const bin = fileURLToPath(new URL("../../../bin/ascent.js", import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** 12,000 people (about 700 KB): above the size from which the import shows its progress. */
function largeOrgChart(dir: string): string {
  const lines = ["name,email,team,group,mentor,role"];
  for (let i = 0; i < 12_000; i++) {
    lines.push(`Person ${i},person${i}@example.com,Team ${i % 40},Group ${i % 4},,${i < 40 ? "lead" : "member"}`);
  }
  const file = join(dir, "people.csv");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** A fresh initialised data folder and the large file beside it. */
function freshSetup(): { env: NodeJS.ProcessEnv; file: string } {
  const dir = scratchDir();
  dirs.push(dir);
  const env = { ASCENT_DATA_DIR: join(dir, "data"), ASCENT_DATABASE_URL: "" };
  const init = runCli(
    ["init", "--yes", "--admin-email", "ada@example.com", "--admin-name", "Ada", "--admin-password-stdin"],
    env,
    "correct horse battery\n",
  );
  expect(init.status, init.stderr).toBe(0);
  return { env, file: largeOrgChart(dir) };
}

const shellQuote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

/** Runs the binary with stdout and stderr on a pseudo-terminal; returns what the terminal showed. */
function onTerminal(args: readonly string[], env: NodeJS.ProcessEnv): string {
  ensureBuilt();
  const command = [process.execPath, bin, ...args].map(shellQuote).join(" ");
  const { NO_COLOR: _noColour, FORCE_COLOR: _forceColour, ...inherited } = process.env;
  const result = spawnSync("script", ["--quiet", "--return", "--command", command, "/dev/null"], {
    env: { ...inherited, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.error).toBeUndefined();
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are what is looked for
const SGR = /\x1b\[[0-9;]*m/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the bar's colour (cyan)
const CYAN_BAR = /\x1b\[36m█+/;

describe("ascent import progress", () => {
  it("draws a bar on a terminal, through checking and writing to 100%, without colour under NO_COLOR", () => {
    const { env, file } = freshSetup();
    const shown = onTerminal(["import", file], { ...env, NO_COLOR: "1" });
    expect(shown).toMatch(/█+░*\s+\d+%\s+checking [\d.]+ of [\d.]+ MB/);
    expect(shown).toContain("100%  writing 12,084 of 12,084 rows");
    expect(shown).toContain(`${file}: written in`);
    expect(shown).toContain(`Imported ${file}: 12000 people: 12000 added`);
    expect(shown).not.toMatch(SGR);
  });

  it("colours the bar on a terminal when NO_COLOR is not set", () => {
    const { env, file } = freshSetup();
    const shown = onTerminal(["import", file], env);
    expect(shown).toContain("100%  writing");
    expect(shown).toMatch(CYAN_BAR);
  });

  it("draws no bar when stderr is not a terminal: one line per phase instead", () => {
    const { env, file } = freshSetup();
    const result = runCli(["import", file], env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toContain("█");
    expect(result.stderr).not.toContain("\r");
    expect(result.stderr.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(/people\.csv: checking 0\.\d MB…$/),
      expect.stringMatching(/people\.csv: writing 12,084 rows…$/),
      expect.stringMatching(/people\.csv: written in \d+\.\d s$/),
    ]);
  });
});
