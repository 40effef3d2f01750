/**
 * Diagram 5: a person on the path — own view (circle), mentor's view (diamond), earlier check-ins
 * (dots), and "You are here".
 */
import { type Framework, layoutPerson, progressSeries } from "@ascent/core";
import { useMemo } from "react";
import type { PersonOverview } from "../api/contract.js";
import { Diagram } from "./diagram.js";

/** The person's place on the path, drawn from their overview. */
export function PersonPosition({
  framework,
  overview,
  idPrefix,
}: {
  readonly framework: Framework;
  readonly overview: PersonOverview;
  readonly idPrefix: string;
}) {
  const history = useMemo(
    () =>
      progressSeries(framework, overview.checkIns, { assessor: "current" })
        .slice(0, -1)
        .map((p) => ({ at: p.at, progress: p.progress })),
    [framework, overview.checkIns],
  );
  const person = {
    name: overview.person.name,
    self: overview.positions.self?.position ?? null,
    mentor: overview.positions.mentor?.position ?? null,
    history,
  };
  return (
    <Diagram
      idPrefix={idPrefix}
      maxWidth={920}
      deps={[framework, overview]}
      build={(options) => layoutPerson({ framework, person }, options)}
    />
  );
}
