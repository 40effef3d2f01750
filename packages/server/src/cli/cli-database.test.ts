/**
 * The database commands through the real binary, on SQLite and on PostgreSQL: init, import
 * (CSV and JSON), export, diagrams and reports from the database, users, backup and restore.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ENGINES, type CliTarget } from "./testing/cli-targets.js";
import { GOOD_CSV } from "./testing/org-chart-samples.js";
import { type CliResult, INIT_DEMO_ARGS, runCliAsync } from "./testing/run-cli.js";

const PASSWORD = "correct horse battery\n";

function ok(result: CliResult): CliResult {
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.status, result.stderr).toBe(0);
  return result;
}

for (const engine of CLI_ENGINES) {
  describe(`ascent on ${engine.name}`, () => {
    let target: CliTarget;
    const targets: CliTarget[] = [];
    const cli = (args: string[], input?: string, on: CliTarget = target) =>
      runCliAsync(args, { env: on.env, ...(input !== undefined ? { input } : {}) });
    const fresh = async () => {
      const t = await engine.fresh();
      targets.push(t);
      return t;
    };

    beforeAll(async () => {
      target = await fresh();
      ok(await cli([...INIT_DEMO_ARGS], PASSWORD));
    }, 120_000);
    afterAll(async () => {
      for (const t of targets) await t.drop();
    });

    it("refuses a second admin and says why in one line", async () => {
      const again = await cli(
        ["init", "--yes", "--admin-email", "eve@example.com", "--admin-name", "Eve", "--admin-password-stdin"],
        PASSWORD,
      );
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/^ascent: .* is already set up: its admin exists \(use `ascent user`\)\n$/);
    });

    it("imports an org chart, and importing it again updates people by email", async () => {
      const csv = join(target.dir, "people.csv");
      writeFileSync(csv, GOOD_CSV);
      const first = ok(await cli(["import", csv, "--json"]));
      expect(JSON.parse(first.stdout)).toMatchObject({ ok: true, summary: { creates: 4, updates: 0 } });
      writeFileSync(
        csv,
        GOOD_CSV.replace("Fox Mulder,fox@example.com,Platform", "Fox W. Mulder,FOX@example.com,Search"),
      );
      const dry = ok(await cli(["import", csv, "--dry-run", "--json"]));
      expect(JSON.parse(dry.stdout)).toMatchObject({
        ok: true,
        dryRun: true,
        summary: { creates: 0, updates: 1, unchanged: 3 },
      });
      ok(await cli(["import", csv]));
      const exported = ok(await cli(["export", "--format", "csv"])).stdout;
      expect(exported.split("\r\n")[0]).toBe("name,email,team,group,mentor,role");
      expect(exported).toContain("Fox W. Mulder,fox@example.com,Search,Core,dana@example.com,member\r\n");
      expect(exported).toContain("Dana Scully,dana@example.com,Platform,Core,,lead\r\n");
    });

    it("exports the organisation as JSON that imports byte-identically into an empty database", async () => {
      const file = join(target.dir, "organisation.json");
      ok(await cli(["export", "--format", "json", "--out", file]));
      const other = await fresh();
      const imported = ok(await cli(["import", file, "--json"], undefined, other));
      expect(JSON.parse(imported.stdout)).toMatchObject({ ok: true });
      const again = ok(await cli(["export"], undefined, other)).stdout;
      expect(again).toBe(readFileSync(file, "utf8"));
      const twice = await cli(["import", file], undefined, other);
      expect(twice.status).toBe(1);
      expect(twice.stderr).toContain("already holds an organisation");
    });

    it("exports one person's own record", async () => {
      const result = ok(await cli(["export", "--person", "fox@example.com"]));
      const record = JSON.parse(result.stdout);
      expect(record).toMatchObject({
        format: "ascent.personal-export",
        person: { name: "Fox W. Mulder", email: "fox@example.com" },
      });
    });

    it("draws diagrams from the database", async () => {
      const team = ok(await cli(["diagram", "team", "--team", "platform", "--format", "txt"]));
      expect(team.stdout).toContain("Platform");
      const person = ok(await cli(["diagram", "person", "--person", "dana@example.com"]));
      expect(person.stdout.startsWith("<svg")).toBe(true);
      ok(await cli(["diagram", "pipeline", "--org", "--format", "txt"]));
      const wrong = await cli(["diagram", "chain", "--person", "dana@example.com"]);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr.trim()).toBe('ascent: a --person diagram is one of person, zigzag, timeline; "chain" is not');
      const nobody = await cli(["diagram", "team", "--team", "Nope"]);
      expect(nobody.status).toBe(1);
      expect(nobody.stderr).toMatch(/^ascent: --team Nope: there is no such team; teams: /);
    });

    it("writes self-contained HTML and Markdown reports with the diagrams inside", async () => {
      const html = ok(await cli(["report", "org", "--format", "html"])).stdout;
      expect(html).toContain("<svg");
      expect(html).toContain("default-src 'none'");
      // Nothing is fetched: no external script, stylesheet, image or font.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/<link|<script|@import|url\(http/);
      const md = ok(await cli(["report", "team", "--team", "Platform"])).stdout;
      expect(md).toContain("# Platform — team report");
      expect(md).toContain("data:image/svg+xml;base64,");
      const person = ok(await cli(["report", "person", "--person", "dana@example.com", "--format", "md"])).stdout;
      expect(person).toContain("Dana Scully — leadership progression");
      const missing = await cli(["report", "person"]);
      expect(missing.status).toBe(2);
      expect(missing.stderr.trim()).toBe("ascent: report person needs --person EMAIL");
    });

    it("manages users: invite, create, roles, deactivate, erase", async () => {
      const invite = ok(await cli(["user", "invite", "monica@example.com"]));
      expect(invite.stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:4810\/invitation#token=/);
      ok(await cli(["user", "create", "walter@example.com", "--password-stdin", "--grant", "admin"], PASSWORD));
      const roles = ok(await cli(["user", "role", "dana@example.com", "--grant", "leader", "--json"]));
      expect(JSON.parse(roles.stdout)).toEqual({ email: "dana@example.com", roles: ["leader"] });
      const badRole = await cli(["user", "role", "dana@example.com", "--grant", "mentor"]);
      expect(badRole.status).toBe(2);
      ok(await cli(["user", "reset-password", "walter@example.com", "--password-stdin"], "another long password\n"));
      ok(await cli(["user", "deactivate", "fox@example.com"]));
      const unconfirmed = await cli(["user", "erase", "monica@example.com"]);
      expect(unconfirmed.status).toBe(2);
      expect(unconfirmed.stderr.trim()).toBe("ascent: erasing cannot be undone: pass --yes to confirm");
      ok(await cli(["user", "erase", "monica@example.com", "--yes"]));
      const list = JSON.parse(ok(await cli(["user", "list", "--json"])).stdout) as {
        email: string;
        status: string;
        account: string;
      }[];
      expect(list.find((u) => u.email === "fox@example.com")?.status).toBe("deactivated");
      expect(list.find((u) => u.email === "walter@example.com")?.account).toBe("active");
      expect(list.some((u) => u.email === "monica@example.com")).toBe(false);
    });

    it("backs up and restores into an empty database, all of it", async () => {
      const file = join(target.dir, "backup.bin");
      ok(await cli(["backup", "--out", file]));
      expect(existsSync(file)).toBe(true);
      const other = await fresh();
      ok(await cli(["restore", file], undefined, other));
      expect(ok(await cli(["export"], undefined, other)).stdout).toBe(ok(await cli(["export"])).stdout);
      const again = await cli(["restore", file], undefined, other);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("is not empty");
    });
  });
}
