/**
 * The boundary check (`npm run check:boundaries`, .dependency-cruiser.cjs) really fails on an import that
 * goes up or sideways. It runs on a small tree laid out like the repository — every layer importing
 * only downwards — once clean and once per planted import, and the failure names the file and the rule.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const depcruise = join(root, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
const config = join(root, ".dependency-cruiser.cjs");

/** Every layer, importing only the layer below it. */
const CLEAN_TREE: Readonly<Record<string, string>> = {
  "packages/core/src/index.ts": 'export { levelOf } from "./progression/level.js";\n',
  "packages/core/src/progression/level.ts": "export const levelOf = (stage: number): number => Math.ceil(stage / 3);\n",
  "packages/server/src/store/repositories/person.repository.ts":
    'import { levelOf } from "../../../../core/src/index.js";\nexport const personLevel = () => levelOf(4);\n',
  "packages/server/src/app/people/person-level.service.ts":
    'import { personLevel } from "../../store/repositories/person.repository.js";\nexport const showLevel = () => personLevel();\n',
  "packages/server/src/http/api/people/people.route.ts":
    'import { showLevel } from "../../../app/people/person-level.service.js";\nexport const route = () => showLevel();\n',
  "packages/server/src/cli/commands/person.command.ts":
    'import { showLevel } from "../../app/people/person-level.service.js";\nexport const command = () => showLevel();\n',
  "packages/web/src/pages/person.page.tsx":
    'import { levelOf } from "../../../core/src/index.js";\nexport const Page = () => levelOf(7);\n',
};

/** One import per rule, each going the wrong way. */
const PLANTED: readonly { rule: string; file: string; source: string }[] = [
  {
    rule: "store-only-core",
    file: "packages/server/src/store/repositories/planted.repository.ts",
    source: 'import { route } from "../../http/api/people/people.route.js";\nexport const planted = route;\n',
  },
  {
    rule: "store-only-core",
    file: "packages/server/src/store/repositories/planted-service.repository.ts",
    source:
      'import { showLevel } from "../../app/people/person-level.service.js";\nexport const planted = showLevel;\n',
  },
  {
    rule: "core-is-pure",
    file: "packages/core/src/progression/planted.ts",
    source: 'import { readFileSync } from "node:fs";\nexport const planted = readFileSync;\n',
  },
  {
    rule: "core-is-pure",
    file: "packages/core/src/progression/planted-server.ts",
    source:
      'import { personLevel } from "../../../server/src/store/repositories/person.repository.js";\nexport const planted = personLevel;\n',
  },
  {
    rule: "app-not-edges",
    file: "packages/server/src/app/people/planted.service.ts",
    source: 'import { command } from "../../cli/commands/person.command.js";\nexport const planted = command;\n',
  },
  {
    rule: "cli-not-http",
    file: "packages/server/src/cli/commands/planted.command.ts",
    source: 'import { route } from "../../http/api/people/people.route.js";\nexport const planted = route;\n',
  },
  {
    rule: "http-not-cli",
    file: "packages/server/src/http/api/people/planted.route.ts",
    source: 'import { command } from "../../../cli/commands/person.command.js";\nexport const planted = command;\n',
  },
  {
    rule: "edges-through-app",
    file: "packages/server/src/cli/commands/planted-store.command.ts",
    source:
      'import { personLevel } from "../../store/repositories/person.repository.js";\nexport const planted = personLevel;\n',
  },
  {
    rule: "edges-through-app",
    file: "packages/server/src/http/api/people/planted-store.route.ts",
    source:
      'import { personLevel } from "../../../store/repositories/person.repository.js";\nexport const planted = personLevel;\n',
  },
  {
    rule: "web-not-server",
    file: "packages/web/src/pages/planted.page.tsx",
    source:
      'import type { route } from "../../../server/src/http/api/people/people.route.js";\nexport type Planted = typeof route;\n',
  },
];

const trees: string[] = [];
afterAll(() => {
  for (const tree of trees) rmSync(tree, { recursive: true, force: true });
});

/** A fresh copy of the clean tree plus `extra` files (one run of the check takes seconds: two trees only). */
function tree(extra: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "ascent-boundaries-"));
  trees.push(dir);
  for (const [file, source] of Object.entries({ ...CLEAN_TREE, ...extra })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), source);
  }
  return dir;
}

/** Runs the repository's boundary check on `dir`. */
function checkBoundaries(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [depcruise, "packages", "--config", config, "--output-type", "err"], {
    cwd: dir,
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the boundary check", () => {
  it("passes on a tree whose every import points down", () => {
    const { status, output } = checkBoundaries(tree());
    expect(output).toContain("no dependency violations found");
    expect(status).toBe(0);
  });

  describe("on a tree with one planted import per rule", () => {
    let result: { status: number | null; output: string };
    beforeAll(() => {
      result = checkBoundaries(tree(Object.fromEntries(PLANTED.map(({ file, source }) => [file, source]))));
    });

    it("fails, counting exactly the planted imports", () => {
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`${PLANTED.length} dependency violations`);
    });

    it.each(PLANTED)("names $file and the rule $rule", ({ rule, file }) => {
      expect(result.output).toContain(`error ${rule}: ${file} →`);
    });
  });
});
