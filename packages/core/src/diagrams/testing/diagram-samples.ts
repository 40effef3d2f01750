/**
 * A catalogue of sample diagrams: every kind with typical data, plus stress cases (12 levels,
 * 80-character names, hostile person names). Tests, the browser check and the gallery fallback share it.
 */

import { layoutAxis } from "../layouts/axis.layout.js";
import { layoutChain } from "../layouts/chain.layout.js";
import { layoutDiagonal } from "../layouts/diagonal.layout.js";
import { layoutLevels } from "../layouts/levels.layout.js";
import { layoutPermission } from "../layouts/permission.layout.js";
import { layoutPerson } from "../layouts/person.layout.js";
import { layoutPipeline } from "../layouts/pipeline.layout.js";
import { pipelineSeries } from "../layouts/pipeline-series.js";
import { layoutTeam } from "../layouts/team.layout.js";
import { layoutTimeline } from "../layouts/timeline.layout.js";
import { layoutZigzag } from "../layouts/zigzag.layout.js";
import type { DiagramOptions } from "../primitives/diagram-options.js";
import type { Scene } from "../primitives/scene.types.js";
import { buildFramework } from "./framework.fixture.js";
import { HOSTILE_NAMES } from "./hostile-names.fixture.js";
import { buildChain, buildHistory, buildPeople, buildPersonInput, positionAt } from "./people.fixture.js";

/** One sample: a stable name and how to draw it. */
export interface DiagramSample {
  readonly name: string;
  readonly build: (options: DiagramOptions) => Scene;
}

/** Every sample, in a stable order. */
export function diagramSamples(): DiagramSample[] {
  const fw = buildFramework();
  const big = buildFramework({ levels: 12, stages: 4, longNames: true });
  const one = buildFramework({ levels: 1, stages: 1 });
  const samples: DiagramSample[] = [
    { name: "levels", build: (o) => layoutLevels({ framework: fw }, o) },
    { name: "levels-12", build: (o) => layoutLevels({ framework: big }, o) },
    { name: "axis", build: (o) => layoutAxis({ framework: fw }, o) },
    { name: "axis-4", build: (o) => layoutAxis({ framework: big }, o) },
    { name: "zigzag", build: (o) => layoutZigzag({ framework: fw }, o) },
    { name: "zigzag-progress", build: (o) => layoutZigzag({ framework: fw, progress: 3.5 }, o) },
    { name: "zigzag-12", build: (o) => layoutZigzag({ framework: big, progress: 9 }, o) },
    { name: "zigzag-1", build: (o) => layoutZigzag({ framework: one }, o) },
    { name: "diagonal", build: (o) => layoutDiagonal({ framework: fw }, o) },
    { name: "diagonal-12", build: (o) => layoutDiagonal({ framework: big }, o) },
    { name: "person", build: (o) => layoutPerson(buildPersonInput(fw), o) },
    {
      name: "person-agree",
      build: (o) =>
        layoutPerson(
          {
            framework: fw,
            person: { name: HOSTILE_NAMES.emoji, self: positionAt(fw, 2), mentor: positionAt(fw, 2), history: [] },
          },
          o,
        ),
    },
    {
      name: "person-12",
      build: (o) =>
        layoutPerson(
          {
            framework: big,
            person: {
              name: HOSTILE_NAMES.long,
              self: positionAt(big, 30.5),
              mentor: positionAt(big, 28),
              history: buildHistory([20, 25, 28]),
            },
          },
          o,
        ),
    },
    {
      name: "person-hostile",
      build: (o) =>
        layoutPerson(
          {
            framework: fw,
            person: { name: HOSTILE_NAMES.markup, self: null, mentor: positionAt(fw, 0.5), history: [] },
          },
          o,
        ),
    },
    {
      name: "team",
      build: (o) =>
        layoutTeam(
          {
            framework: fw,
            name: "Platform group",
            teams: [
              { id: "t1", name: "Payments" },
              { id: "t2", name: "Search" },
              { id: "t3", name: HOSTILE_NAMES.hebrew },
              { id: "t4", name: HOSTILE_NAMES.arabic },
            ],
            people: buildPeople(60, 4, 8),
          },
          o,
        ),
    },
    {
      name: "team-400",
      build: (o) =>
        layoutTeam(
          {
            framework: fw,
            teams: Array.from({ length: 12 }, (_, i) => ({ id: `t${i + 1}`, name: `Team ${i + 1}` })),
            people: buildPeople(400, 12, 8),
          },
          o,
        ),
    },
    {
      name: "team-counts",
      build: (o) =>
        layoutTeam(
          {
            framework: big,
            name: HOSTILE_NAMES.long,
            teams: [{ id: "t1", name: HOSTILE_NAMES.long }],
            people: buildPeople(1000, 1, 48),
          },
          o,
        ),
    },
    {
      name: "pipeline",
      build: (o) => {
        const people = Array.from({ length: 120 }, (_, i) => ({
          history: buildHistory([0.5, 1 + (i % 3), 2 + (i % 5), 3 + (i % 4)].map((p) => Math.min(8, p))),
        }));
        const months = Array.from(
          { length: 12 },
          (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
        );
        return layoutPipeline({ framework: fw, series: pipelineSeries(fw, people, months) }, o);
      },
    },
    {
      name: "pipeline-12",
      build: (o) => {
        const people = Array.from({ length: 300 }, (_, i) => ({
          history: buildHistory([i % 20, (i % 20) + (i % 9), (i % 48) + 0.5]),
        }));
        const months = Array.from(
          { length: 30 },
          (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
        );
        return layoutPipeline({ framework: big, series: pipelineSeries(big, people, months) }, o);
      },
    },
    {
      name: "timeline",
      build: (o) =>
        layoutTimeline(
          {
            framework: fw,
            person: { name: "Dana Levi" },
            history: buildHistory([1, 1.5, 2, 2.5, 3, 3.5]),
            moments: [
              { at: "2025-02-10T10:00:00.000Z", state: "aware", label: "Ada noticed Dana" },
              { at: "2025-03-01T10:00:00.000Z", state: "extended", label: "Ada extended awesome permission" },
              { at: "2025-04-20T10:00:00.000Z", state: "accepted", label: `Dana accepted (${HOSTILE_NAMES.markup})` },
              { at: "2025-08-15T10:00:00.000Z", state: "result", label: "Led the migration" },
            ],
          },
          o,
        ),
    },
    {
      name: "timeline-12",
      build: (o) =>
        layoutTimeline(
          {
            framework: big,
            person: { name: HOSTILE_NAMES.arabic },
            history: buildHistory([2, 5, 9.5, 14, 20, 31, 40.5]),
            moments: [{ at: "2025-05-01T00:00:00.000Z", state: "no_change", label: HOSTILE_NAMES.long }],
          },
          o,
        ),
    },
    {
      name: "permission",
      build: (o) => layoutPermission({ giver: { name: "Ada Lovelace" }, receiver: { name: "Dana Levi" } }, o),
    },
    {
      name: "permission-hostile",
      build: (o) =>
        layoutPermission(
          { giver: { name: HOSTILE_NAMES.hebrew }, receiver: { name: HOSTILE_NAMES.long }, state: "accepted" },
          o,
        ),
    },
    {
      name: "permission-no-change",
      build: (o) =>
        layoutPermission(
          { giver: { name: HOSTILE_NAMES.arabic }, receiver: { name: HOSTILE_NAMES.emoji }, state: "no_change" },
          o,
        ),
    },
    { name: "chain", build: (o) => layoutChain(buildChain(), o) },
  ];
  return samples;
}
