/**
 * `npm run bench`: every benchmark, each printing its median and its ratio to a baseline
 * measured in the same run. Exits non-zero when a target is missed.
 */
import { benchCore } from "./core.bench.js";

const suites: [string, () => Promise<boolean>][] = [["core", benchCore]];

let allOk = true;
for (const [name, suite] of suites) {
  console.log(`\n== ${name}`);
  allOk = (await suite()) && allOk;
}
process.exit(allOk ? 0 : 1);
