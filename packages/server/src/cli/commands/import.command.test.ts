/**
 * `ascent import` refusing malformed org charts, through the real binary against a temporary
 * SQLite data folder: each case gets a precise message naming line and column, exit code 1, and
 * leaves the organisation exactly as it was (compared through an export).
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchDir } from "../testing/cli-targets.js";
import { GOOD_CSV } from "../testing/org-chart-samples.js";
import { runCli } from "../testing/run-cli.js";

const dir = scratchDir();
const env = { ASCENT_DATA_DIR: join(dir, "data"), ASCENT_DATABASE_URL: "" };
let baseline = "";

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  const init = runCli(
    ["init", "--yes", "--admin-email", "ada@example.com", "--admin-name", "Ada", "--admin-password-stdin"],
    env,
    "correct horse battery\n",
  );
  expect(init.status, init.stderr).toBe(0);
  const seeded = runCli(["import", file("good.csv", GOOD_CSV)], env);
  expect(seeded.status, seeded.stderr).toBe(0);
  baseline = runCli(["export", "--format", "json"], env).stdout;
  expect(baseline).toContain("dana@example.com");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** [case, file content, the exact error line (after "error ")] */
const CASES: readonly (readonly [string, string | Buffer, string])[] = [
  [
    "a bad email",
    "name,email\nEve,eve@example.com\nGil,not-an-email\n",
    ":3: column email: “not-an-email” is not an email address",
  ],
  [
    "the same email twice",
    "name,email\nEve,eve@example.com\nGil,EVE@example.com\n",
    ":3: column email: email eve@example.com is also on line 2",
  ],
  [
    "a misspelt required column",
    "name,emial\nEve,eve@example.com\n",
    ":1: column email: required column “email” is missing; found: name, emial",
  ],
  [
    "an unclosed quote",
    'name,email,team\nEve,eve@example.com,"Platform\n',
    ':2: column team: a quoted value starting here is never closed (a missing ")',
  ],
  [
    "an unknown role",
    "name,email,role\nEve,eve@example.com,boss\n",
    ":2: column role: “boss” is not a role; use one of member, lead, leader, admin (empty means member)",
  ],
  [
    "an unknown mentor",
    "name,email,mentor\nEve,eve@example.com,zed@example.com\n",
    ":2: column mentor: mentor zed@example.com is neither in the file nor in the organisation",
  ],
  [
    "a mentor cycle",
    "name,email,mentor\nEve,eve@example.com,gil@example.com\nGil,gil@example.com,eve@example.com\n",
    ":2: column mentor: the mentor chain is a cycle",
  ],
  ["an empty name", "name,email\n,eve@example.com\n", ":2: column name: name is empty"],
  ["too many fields", "name,email\nEve,eve@example.com,extra\n", ":2: has 3 fields but the header has 2"],
  ["an empty file", "", ":1: the file is empty"],
  ["a header without people", "name,email\n", ":1: the file has a header row but no people below it"],
  [
    "bytes that are not UTF-8",
    Buffer.from([
      0x6e, 0x61, 0x6d, 0x65, 0x2c, 0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0x44, 0xff, 0xfe, 0x2c, 0x64, 0x40, 0x65, 0x2e,
      0x63, 0x0a,
    ]),
    ":2: the file is not UTF-8 text (save it as UTF-8)",
  ],
  [
    "a column used twice",
    "name,email,email\nEve,eve@example.com,x@example.com\n",
    ":1: column email: column “email” appears twice (columns 2 and 3)",
  ],
  [
    "one's own mentor",
    "name,email,mentor\nEve,eve@example.com,eve@example.com\n",
    ":2: column mentor: a person cannot be their own mentor",
  ],
  [
    "a name too long",
    `name,email\n${"A".repeat(300)},eve@example.com\n`,
    ":2: column name: is 300 characters long; at most 200 are allowed",
  ],
  [
    "a team under two groups",
    "name,email,team,group\nEve,eve@example.com,Platform,Core\nGil,gil@example.com,Platform,Other\n",
    ":3: column group: team “Platform” is under group “Core” on line 2 but under “Other” here",
  ],
];

describe("ascent import refuses a malformed org chart", () => {
  it.each(CASES)("%s", (name, content, expected) => {
    const path = file(`${name.replaceAll(/\W+/g, "-")}.csv`, content);
    const result = runCli(["import", path], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`error ${path}${expected}`);
    expect(result.stderr).toContain("nothing was written");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(["export", "--format", "json"], env).stdout).toBe(baseline);
  });

  it("reports every error of a file in one go, in line order, as JSON too", () => {
    const path = file("many.csv", "name,email,role\nEve,bad,boss\n,gil@example.com,\n");
    const result = runCli(["import", path, "--json"], env);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false, errorCount: 3 });
    expect(report.errors.map((e: { line: number; column: string }) => `${e.line}:${e.column}`)).toEqual([
      "2:email",
      "2:role",
      "3:name",
    ]);
    expect(runCli(["export", "--format", "json"], env).stdout).toBe(baseline);
  });

  it("maps columns with --map-*, and --dry-run writes nothing", () => {
    const path = file("hr.csv", "Full name,Work email,Squad\nEve Polastri,eve@example.com,Platform\n");
    const dry = runCli(
      ["import", path, "--dry-run", "--map-name", "Full name", "--map-email", "Work email", "--map-team", "Squad"],
      env,
    );
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("Dry run, nothing was written");
    expect(dry.stdout).toContain("1 added");
    expect(runCli(["export", "--format", "json"], env).stdout).toBe(baseline);
  });

  it("names an unknown file type as a usage error (exit 2)", () => {
    const result = runCli(["import", file("people.txt", "x")], env);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      `ascent: cannot tell what ${join(dir, "people.txt")} is: name it .csv or .json, or pass --type csv|json`,
    );
  });
});
