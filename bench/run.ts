/**
 * `npm run bench`: every benchmark, each printing its median and its ratio to a baseline
 * measured in the same run. Exits non-zero when a target is missed.
 */
import { benchApi } from "./api.bench.js";
import { benchCli } from "./cli.bench.js";
import { benchCore } from "./core.bench.js";
import { benchDiagrams } from "./diagrams.bench.js";
import { benchStorage } from "./storage.bench.js";

/** Diagrams: team maps must stay within 5× JSON.stringify of their input (the target). */
async function benchDiagramTargets(): Promise<boolean> {
  const results = await benchDiagrams();
  let ok = true;
  for (const r of results.filter((result) => result.name.startsWith("team-"))) {
    const met = r.ratio <= 5;
    ok &&= met;
    console.log(`  target team maps ≤ 5×: ${r.name} ${r.ratio}× ${met ? "✓" : "✗ MISSED"}`);
  }
  return ok;
}

const suites: [string, () => Promise<boolean>][] = [
  ["core", benchCore],
  ["diagrams", benchDiagramTargets],
  ["storage", benchStorage],
  ["cli", benchCli],
  ["api", benchApi],
];

// BENCH_ONLY=storage,api runs just those suites (handy while working on one target).
const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
let allOk = true;
for (const [name, suite] of suites.filter(([name]) => !only || only.includes(name))) {
  console.log(`\n== ${name}`);
  allOk = (await suite()) && allOk;
}
process.exit(allOk ? 0 : 1);
