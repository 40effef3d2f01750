// `npm test`: everything a fresh machine needs, then every test.
//  1. checks the import boundaries (dependency-cruiser, .dependency-cruiser.cjs): a broken one stops here,
//     before the long run, naming the file, the import and the rule;
//  2. makes sure Chromium is there for the browser tests (installs Debian's package when it can);
//  3. builds the `ascent` binary the CLI and browser tests run;
//  4. runs the unit, storage and CLI tests (Vitest), the reliability suite (crash safety, load:
//     vitest.reliability.config.ts), then the browser tests (Playwright);
//  5. prints one closing line: "Tests: N passed, N failed".
// Storage tests use PostgreSQL at TEST_DATABASE_URL when it is set, and PGlite otherwise.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: "inherit", ...options }).status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.error("Chromium is missing: installing Debian's chromium package (apt-get) for the browser tests…");
    const quiet = {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    };
    if (run("apt-get", ["update"], quiet) === 0 && run("apt-get", ["install", "-y", "chromium"], quiet) === 0) return;
  }
  console.error(
    `Chromium not found at ${chromium}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const bin = (name) => join("node_modules", ".bin", name);

/** The layer rules (docs/adr/0011-boundary-rules.md); exits with the closing line when one is broken. */
function checkBoundaries() {
  if (run("npm", ["run", "--silent", "check:boundaries"]) === 0) return;
  console.error(
    "\nAn import crosses a layer boundary (listed above: file → import, rule). Import through the layer " +
      "below instead; the rules are in .dependency-cruiser.cjs, the reasons in docs/adr/0011-boundary-rules.md.",
  );
  console.log("\nTests: 0 passed, 1 failed (import boundaries)");
  process.exit(1);
}

checkBoundaries();
ensureChromium();
if (run(process.execPath, ["scripts/build.mjs"]) !== 0) process.exit(1);

const reports = mkdtempSync(join(tmpdir(), "ascent-test-"));
const vitestJson = join(reports, "vitest.json");
const reliabilityJson = join(reports, "reliability.json");
const playwrightJson = join(reports, "playwright.json");

const vitestStatus = run(bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
// After the main run, not beside it: it loads the machine and kills servers on purpose.
const reliabilityStatus = run(bin("vitest"), [
  "run",
  "--config=vitest.reliability.config.ts",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${reliabilityJson}`,
]);
const playwrightStatus = run(bin("playwright"), ["test", "--reporter=list,json"], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
});

const vitest = readJson(vitestJson);
const reliability = readJson(reliabilityJson);
const playwright = readJson(playwrightJson);
const passed = (vitest?.numPassedTests ?? 0) + (reliability?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed =
  (vitest ? vitest.numFailedTests : 1) +
  (reliability ? reliability.numFailedTests : 1) +
  (playwright ? (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0) : 1);
const skipped =
  (vitest?.numPendingTests ?? 0) +
  (vitest?.numTodoTests ?? 0) +
  (reliability?.numPendingTests ?? 0) +
  (reliability?.numTodoTests ?? 0) +
  (playwright?.stats?.skipped ?? 0);
rmSync(reports, { recursive: true, force: true });

const ok = vitestStatus === 0 && reliabilityStatus === 0 && playwrightStatus === 0 && failed === 0 && passed > 0;
console.log(
  `\nTests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed${skipped ? `, ${skipped} skipped` : ""}`,
);
process.exit(ok ? 0 : 1);
