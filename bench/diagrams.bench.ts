/**
 * Diagram benchmark: medians of laying out and rendering the person diagram, a 1,000-person team
 * map (counts), a 400-person map (marks) and a pipeline from 100,000 people, each with its ratio to
 * JSON.stringify of the same input measured in the same run (so machines compare fairly).
 */
import { layoutPerson } from "../packages/core/src/diagrams/layouts/person.layout.js";
import { layoutPipeline } from "../packages/core/src/diagrams/layouts/pipeline.layout.js";
import { pipelineSeries } from "../packages/core/src/diagrams/layouts/pipeline-series.js";
import { layoutTeam } from "../packages/core/src/diagrams/layouts/team.layout.js";
import { sceneToSvg } from "../packages/core/src/diagrams/primitives/scene-to-svg.js";
import { buildFramework } from "../packages/core/src/diagrams/testing/framework.fixture.js";
import { buildHistory, buildPeople, buildPersonInput } from "../packages/core/src/diagrams/testing/people.fixture.js";

function median(run: () => unknown, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** One measured case: its median in ms and the ratio to JSON.stringify of its input. */
export interface DiagramBenchResult {
  readonly name: string;
  readonly medianMs: number;
  readonly baselineMs: number;
  readonly ratio: number;
}

/** Runs every case and returns (and prints) the results. */
export async function benchDiagrams(print = true): Promise<DiagramBenchResult[]> {
  const fw = buildFramework();
  const months = Array.from(
    { length: 24 },
    (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
  );
  const crowd = Array.from({ length: 100_000 }, (_, i) => ({
    history: buildHistory([i % 3, (i % 5) + 0.5, Math.min(8, (i % 8) + 1)]),
  }));
  const cases: { name: string; input: unknown; run: () => unknown; repeats: number }[] = [
    (() => {
      const input = buildPersonInput(fw);
      return { name: "person", input, run: () => sceneToSvg(layoutPerson(input)), repeats: 200 };
    })(),
    (() => {
      const input = {
        framework: fw,
        teams: [{ id: "t1", name: "A" }],
        people: buildPeople(1000, 1, 8),
        mode: "counts" as const,
      };
      return { name: "team-1000-counts", input, run: () => sceneToSvg(layoutTeam(input)), repeats: 100 };
    })(),
    (() => {
      const input = {
        framework: fw,
        teams: [{ id: "t1", name: "A" }],
        people: buildPeople(400, 1, 8),
        mode: "marks" as const,
      };
      return { name: "team-400-marks", input, run: () => sceneToSvg(layoutTeam(input)), repeats: 100 };
    })(),
    {
      name: "pipeline-100000",
      input: crowd,
      run: () => sceneToSvg(layoutPipeline({ framework: fw, series: pipelineSeries(fw, crowd, months) })),
      repeats: 7,
    },
  ];
  const results = cases.map((c) => {
    c.run();
    const medianMs = median(c.run, c.repeats);
    const baselineMs = median(() => JSON.stringify(c.input), c.repeats);
    return {
      name: c.name,
      medianMs: Math.round(medianMs * 1000) / 1000,
      baselineMs: Math.round(baselineMs * 1000) / 1000,
      ratio: Math.round((medianMs / baselineMs) * 100) / 100,
    };
  });
  if (print)
    for (const r of results)
      console.log(
        `diagrams ${r.name}: median ${r.medianMs} ms, ${r.ratio}× JSON.stringify of its input (${r.baselineMs} ms)`,
      );
  return results;
}
