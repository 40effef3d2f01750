/**
 * Reads and checks the input of any diagram kind from parsed JSON, then draws it. Used by the CLI
 * (and any API) so a bad field gets one clear message naming it.
 */
import type { Framework } from "../../framework/framework.types.js";
import type { MomentState } from "../../permission/moment.types.js";
import type { Position } from "../../progression/progression.types.js";
import type { DatedProgress } from "../diagram-inputs.types.js";
import { layoutAxis } from "../layouts/axis.layout.js";
import { layoutChain } from "../layouts/chain.layout.js";
import { layoutDiagonal } from "../layouts/diagonal.layout.js";
import { layoutLevels } from "../layouts/levels.layout.js";
import { layoutPermission } from "../layouts/permission.layout.js";
import { layoutPerson } from "../layouts/person.layout.js";
import { layoutPipeline } from "../layouts/pipeline.layout.js";
import { layoutTeam } from "../layouts/team.layout.js";
import { layoutTimeline } from "../layouts/timeline.layout.js";
import { layoutZigzag } from "../layouts/zigzag.layout.js";
import type { DiagramOptions } from "../primitives/diagram-options.js";
import type { DiagramKind, Scene } from "../primitives/scene.types.js";
import { Reader } from "./input-reader.js";
import { readFramework } from "./read-framework.js";

/** Every kind, in the order of the model's list. */
export const DIAGRAM_KINDS: readonly DiagramKind[] = [
  "levels",
  "axis",
  "zigzag",
  "diagonal",
  "person",
  "team",
  "pipeline",
  "timeline",
  "permission",
  "chain",
];

const STATES: readonly MomentState[] = ["aware", "extended", "accepted", "result", "no_change"];

/** Whether `kind` names a diagram. */
export function isDiagramKind(kind: string): kind is DiagramKind {
  return (DIAGRAM_KINDS as readonly string[]).includes(kind);
}

function progressIn(r: Reader, fw: Framework): number {
  const p = r.number();
  const n = fw.levels.reduce((s, l) => s + l.stages.length, 0);
  if (p < 0 || p > n) r.fail(`must be between 0 and ${n}`);
  return p;
}

function position(r: Reader, fw: Framework): Position | null {
  if (r.missing()) return null;
  r.object();
  const progress = progressIn(r.at("progress"), fw);
  const reached = Math.floor(progress);
  const ids = fw.levels.flatMap((l) => l.stages.map((s) => s.id));
  return {
    reached,
    reachedStageId: ids[reached - 1] ?? null,
    workingOnStageId: ids[reached] ?? null,
    progress,
    foundationGaps: [],
  };
}

function history(r: Reader, fw: Framework): DatedProgress[] {
  if (r.missing()) return [];
  return r.array((h) => ({ at: h.at("at").string(), progress: progressIn(h.at("progress"), fw) }));
}

function optionalString(r: Reader): string | undefined {
  return r.missing() ? undefined : r.string();
}

/** Checks `json` against the kind's input shape and lays the diagram out; throws `DiagramInputError` naming the field. */
export function renderDiagramFromJson(kind: DiagramKind, json: unknown, options?: DiagramOptions): Scene {
  const root = new Reader(json, "");
  root.object();
  if (kind === "permission") {
    const state = root.at("state").missing() ? undefined : root.at("state").oneOf(STATES);
    return layoutPermission(
      {
        giver: { name: root.at("giver").at("name").string() },
        receiver: { name: root.at("receiver").at("name").string() },
        ...(state !== undefined ? { state } : {}),
      },
      options,
    );
  }
  if (kind === "chain") {
    return layoutChain(
      {
        people: root.at("people").array((p) => ({ id: p.at("id").string(), name: p.at("name").string() })),
        moments: root.at("moments").array((m) => ({
          giverId: m.at("giverId").string(),
          receiverId: m.at("receiverId").string(),
          state: m.at("state").oneOf(STATES),
        })),
      },
      options,
    );
  }
  const framework = readFramework(root.at("framework"));
  switch (kind) {
    case "levels":
      return layoutLevels({ framework }, options);
    case "axis":
      return layoutAxis({ framework }, options);
    case "diagonal":
      return layoutDiagonal({ framework }, options);
    case "zigzag":
      return layoutZigzag(
        { framework, progress: root.at("progress").missing() ? null : progressIn(root.at("progress"), framework) },
        options,
      );
    case "person": {
      const p = root.at("person");
      p.object();
      return layoutPerson(
        {
          framework,
          person: {
            name: p.at("name").string(),
            self: position(p.at("self"), framework),
            mentor: position(p.at("mentor"), framework),
            history: history(p.at("history"), framework),
          },
        },
        options,
      );
    }
    case "team": {
      const name = optionalString(root.at("name"));
      const coverageStageId = optionalString(root.at("coverageStageId"));
      return layoutTeam(
        {
          framework,
          ...(name !== undefined ? { name } : {}),
          ...(coverageStageId !== undefined ? { coverageStageId } : {}),
          mode: root.at("mode").missing() ? "auto" : root.at("mode").oneOf(["auto", "marks", "counts"] as const),
          teams: root.at("teams").array((t) => ({ id: t.at("id").string(), name: t.at("name").string() })),
          people: root.at("people").array((p) => ({
            id: p.at("id").string(),
            name: p.at("name").string(),
            teamId: p.at("teamId").missing() ? null : p.at("teamId").string(),
            progress: p.at("progress").missing() ? null : progressIn(p.at("progress"), framework),
          })),
        },
        options,
      );
    }
    case "pipeline":
      return layoutPipeline(
        {
          framework,
          series: root.at("series").array((s) => {
            const counts = s.at("counts").object();
            for (const key of Object.keys(counts)) s.at("counts").at(key).number();
            return { at: s.at("at").string(), counts: counts as Record<string, number> };
          }),
        },
        options,
      );
    case "timeline":
      return layoutTimeline(
        {
          framework,
          person: { name: root.at("person").at("name").string() },
          history: history(root.at("history"), framework),
          moments: root.at("moments").missing()
            ? []
            : root.at("moments").array((m) => ({
                at: m.at("at").string(),
                state: m.at("state").oneOf(STATES),
                label: m.at("label").string(),
              })),
        },
        options,
      );
  }
}
