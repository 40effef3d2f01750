/**
 * The progression engine on the demo organisation: every person's current position and
 * progress series, against JSON.stringify of the same check-ins (the baseline).
 */
import { buildDemoOrganisation, currentPosition, defaultFramework, progressSeries } from "@ascent/core";
import { medianMs, printRatio } from "./harness.js";

/** Runs the core benchmarks and prints one ratio line each. */
export async function benchCore(): Promise<boolean> {
  const framework = defaultFramework();
  const demo = buildDemoOrganisation({ seed: 1, framework });
  const byPerson = new Map<string, (typeof demo.checkIns)[number][]>();
  for (const checkIn of demo.checkIns)
    byPerson.set(checkIn.personId, [...(byPerson.get(checkIn.personId) ?? []), checkIn]);
  const baseline = await medianMs(() => JSON.stringify(demo.checkIns));
  const positions = await medianMs(() => {
    for (const checkIns of byPerson.values()) currentPosition(framework, checkIns);
  });
  const series = await medianMs(() => {
    for (const checkIns of byPerson.values()) progressSeries(framework, checkIns, { assessor: "current" });
  });
  const build = await medianMs(() => buildDemoOrganisation({ seed: 2, framework }), { runs: 5, warmup: 1 });
  printRatio({
    name: `current position, ${byPerson.size} people`,
    medianMs: positions,
    baselineName: "stringify",
    baselineMs: baseline,
  });
  printRatio({
    name: "progress series, every person",
    medianMs: series,
    baselineName: "stringify",
    baselineMs: baseline,
  });
  printRatio({ name: "build the demo organisation", medianMs: build, baselineName: "stringify", baselineMs: baseline });
  return true;
}
