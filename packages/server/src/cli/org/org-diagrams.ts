/**
 * The diagram a person asked for at the terminal (`ascent diagram`, and reports): a kind the target
 * cannot draw is a usage error (exit 2); the layout itself is the app's (app/diagrams/org-diagram-scene.ts).
 */
import type { DiagramKind, DiagramOptions, Scene } from "@ascent/core";
import type { OrgView } from "../../app/diagrams/load-org-view.service.js";
import {
  canDrawTarget,
  type DiagramTarget,
  orgDiagramScene,
  undrawableMessage,
} from "../../app/diagrams/org-diagram-scene.js";
import { UsageError } from "../usage-error.js";

export type { DiagramTarget } from "../../app/diagrams/org-diagram-scene.js";

/** Lays out diagram `kind` for `target`; a kind the target cannot draw is a usage error. */
export function diagramScene(
  view: OrgView,
  target: DiagramTarget,
  kind: DiagramKind,
  options: DiagramOptions = {},
  now: Date = new Date(),
): Scene {
  if (!canDrawTarget(target, kind)) throw new UsageError(undrawableMessage(target, kind), 2);
  return orgDiagramScene(view, target, kind, options, now);
}
