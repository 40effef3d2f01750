import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./testing/run-cli.js";

describe("the ascent binary", () => {
  it("prints its version and exits 0", () => {
    const result = runCli(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("lists its commands in --help", () => {
    const result = runCli(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("serve");
    expect(result.stdout).toContain("framework");
  });

  it("exits 2 with one line, and no stack trace, on an unknown option", () => {
    const result = runCli(["--no-such-flag"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("shows the default framework's eight stages in path order", () => {
    const result = runCli(["framework", "show"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n").slice(1);
    expect(lines).toHaveLength(8);
    expect(lines[0]).toContain("Self · Awareness");
    expect(lines[7]).toContain("Enterprise · Ownership");
  });

  it("validates a framework file and names each problem's line and path", () => {
    const dir = mkdtempSync(join(tmpdir(), "ascent-cli-"));
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "id: x\nname: X\nversion: '1'\nlevels:\n  - id: a\n    name: A\n    stags: []\n");
    const result = runCli(["framework", "validate", bad]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}:7: levels[0].stags: unknown field; did you mean \`stages\`?`);
    expect(result.stderr).not.toMatch(/\n\s+at /);

    const good = join(dir, "good.json");
    writeFileSync(
      good,
      JSON.stringify({
        id: "x",
        name: "X",
        version: "1",
        levels: [{ id: "a", name: "A", stages: [{ id: "s", name: "S" }] }],
      }),
    );
    const ok = runCli(["framework", "validate", good, "--json"]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, id: "x", stages: 1 });
  });

  it("refuses a bad port with one line naming the variable", () => {
    const result = runCli(["serve"], { ASCENT_PORT: "eighty" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('ascent: ASCENT_PORT: must be a whole number between 0 and 65535, got "eighty"');
  });
});
