/** Diagram 8: the person's progress over time with their Awesome Permission moments. */
import { type Framework, layoutTimeline, type Moment, progressSeries } from "@ascent/core";
import { useMemo } from "react";
import type { PersonOverview } from "../../api/contract.js";
import { Diagram } from "../diagram.js";

function momentLabel(m: Moment, personId: string): string {
  const received = m.receiverId === personId;
  const variant = m.variant === "struggling" ? "a hard moment" : "potential";
  return received ? `Received awesome permission (${variant})` : `Gave awesome permission (${variant})`;
}

/** The timeline, or nothing when there is no history yet. */
export function PersonTimeline({
  framework,
  overview,
}: {
  readonly framework: Framework;
  readonly overview: PersonOverview;
}) {
  const history = useMemo(
    () => progressSeries(framework, overview.checkIns).map((p) => ({ at: p.at, progress: p.progress })),
    [framework, overview.checkIns],
  );
  const moments = useMemo(
    () =>
      overview.moments.map((m) => ({
        at: m.transitions.find((t) => t.to === "extended")?.at ?? m.transitions[0]?.at ?? "",
        state: m.state,
        label: momentLabel(m, overview.person.id),
      })),
    [overview],
  );
  if (history.length === 0 && moments.length === 0) return null;
  return (
    <Diagram
      idPrefix="person-timeline"
      deps={[framework, history, moments]}
      build={(options) =>
        layoutTimeline({ framework, person: { name: overview.person.name }, history, moments }, options)
      }
    />
  );
}
