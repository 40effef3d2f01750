/** Turning people's progress histories into pipeline points (people per stage at the end of each month). */
import type { Framework } from "../../framework/framework.types.js";
import type { DatedProgress, PipelinePoint } from "../diagram-inputs.types.js";
import { parseDate } from "../primitives/dates.js";
import { walkPath } from "../primitives/framework-walk.js";
import { stageIndexFor } from "./team-buckets.js";

/** Counts, for each month ("2026-03"), the people per stage at the month's end, from their latest progress then. */
export function pipelineSeries(
  framework: Framework,
  people: readonly { readonly history: readonly DatedProgress[] }[],
  months: readonly string[],
): PipelinePoint[] {
  const walk = walkPath(framework);
  const ends = months.map((m) => {
    const start = new Date(parseDate(m));
    return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  });
  const counts = months.map(() => new Array<number>(walk.length).fill(0));
  for (const person of people) {
    const history = person.history
      .map((h) => ({ t: parseDate(h.at), p: h.progress }))
      .filter((h) => !Number.isNaN(h.t))
      .sort((a, b) => a.t - b.t);
    let j = 0;
    let current: number | null = null;
    ends.forEach((end, mi) => {
      while (j < history.length && history[j]!.t < end) current = history[j++]!.p;
      if (current !== null) counts[mi]![stageIndexFor(current, walk.length)]! += 1;
    });
  }
  return months.map((at, mi) => ({
    at,
    counts: Object.fromEntries(walk.map((w, si) => [w.stage.id, counts[mi]![si]!])),
  }));
}
