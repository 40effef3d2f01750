/** The CLI's conventions through the real binary: help, exit codes, one-line errors, PDF. */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "./report/print-pdf.js";
import { scratchDir } from "./testing/cli-targets.js";
import { runCli } from "./testing/run-cli.js";

const dir = scratchDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sqliteEnv = (name: string) => ({ ASCENT_DATA_DIR: join(dir, name), ASCENT_DATABASE_URL: "" });

describe("ascent conventions", () => {
  it.each([
    ["init"],
    ["import"],
    ["export"],
    ["diagram"],
    ["report"],
    ["backup"],
    ["restore"],
    ["user"],
    ["user", "create"],
    ["user", "erase"],
  ])("`%s --help` shows examples and exits 0", (...command) => {
    const result = runCli([...command, "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Examples:");
  });

  it("with --yes, a missing required value is a usage error naming its flag", () => {
    const result = runCli(["init", "--yes", "--admin-name", "Ada"], sqliteEnv("a"));
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("ascent: missing --admin-email (required with --yes)");
    const weak = runCli(
      ["init", "--yes", "--admin-email", "ada@example.com", "--admin-name", "Ada", "--admin-password", "short"],
      sqliteEnv("a"),
    );
    expect(weak.status).toBe(2);
    expect(weak.stderr.trim()).toBe("ascent: --admin-password: password must be at least 10 characters");
  });

  it("does not create a database in a mistyped folder", () => {
    const result = runCli(["export"], sqliteEnv("nowhere"));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `ascent: no Ascent database in ${join(dir, "nowhere")}: run \`ascent init\` first (or pass --data-dir)`,
    );
    expect(existsSync(join(dir, "nowhere"))).toBe(false);
  });

  it("says in one line that the database cannot be reached", () => {
    const result = runCli(["export"], { ASCENT_DATABASE_URL: "postgres://ascent@127.0.0.1:1/ascent" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("127.0.0.1:1");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a database a newer Ascent migrated, in one line; ASCENT_DEBUG=1 shows the stack", () => {
    const env = sqliteEnv("newer");
    expect(
      runCli(
        ["init", "--yes", "--admin-email", "a@example.com", "--admin-name", "A", "--admin-password-stdin"],
        env,
        "long enough password\n",
      ).status,
    ).toBe(0);
    const sqlite = new BetterSqlite3(join(dir, "newer", "ascent.db"));
    sqlite
      .prepare("insert into kysely_migration (name, timestamp) values (?, ?)")
      .run("999-from-the-future", new Date().toISOString());
    sqlite.close();
    const result = runCli(["export"], env);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^ascent: database schema 999 is newer than this Ascent \(\d+\): upgrade Ascent$/,
    );
    const debug = runCli(["export"], { ...env, ASCENT_DEBUG: "1" });
    expect(debug.stderr).toContain("SchemaTooNewError");
  });

  it("exits 2 on a usage mistake and 0 on success, writing errors to stderr only", () => {
    const usage = runCli(["report", "galaxy"], sqliteEnv("a"));
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe("");
    expect(usage.stderr.trim()).toBe('ascent: unknown report "galaxy"; choose person, team or org');
  });

  it.skipIf(findChromium() === null)(
    "prints a PDF report through headless Chromium",
    () => {
      const env = sqliteEnv("pdf");
      expect(
        runCli(
          ["init", "--yes", "--demo", "--admin-email", "a@example.com", "--admin-name", "A", "--admin-password-stdin"],
          env,
          "long enough password\n",
        ).status,
      ).toBe(0);
      const out = join(dir, "org.pdf");
      const result = runCli(["report", "org", "--format", "pdf", "--out", out], env);
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    60_000,
  );
});
