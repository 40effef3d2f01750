/**
 * Diagrams drawn from the organisation view (`ascent diagram --person|--team|--org`, and reports): the
 * organisation as the operator sees it, turned into a diagram subject. Which layout draws what is
 * decided in ../../diagram/subject-scene.ts, the path the HTTP API shares.
 */
import { type DatedProgress, type DiagramKind, type DiagramOptions, extendedAt, type Scene } from "@ascent/core";
import type { DiagramSubject, MomentLink } from "../../diagram/diagram-subject.js";
import { canDraw, KINDS_FOR, subjectScene } from "../../diagram/subject-scene.js";
import { AppError, AppErrorCode } from "../errors/app-error.js";
import type { OrgView, PersonView } from "./load-org-view.service.js";

/** Which part of the organisation a diagram shows. */
export type DiagramTarget =
  | { readonly kind: "person"; readonly person: PersonView }
  | { readonly kind: "team"; readonly teamId: string; readonly name: string }
  | { readonly kind: "org" };

/** A person's progress history as the layouts take it. */
export function historyOf(person: PersonView): DatedProgress[] {
  return person.series.map((p) => ({ at: p.at, progress: p.progress }));
}

/** Moments that reached `extended`, as links (dated when extended); the rest are their givers' notes. */
function momentLinks(view: OrgView): MomentLink[] {
  return view.sharedMoments.flatMap((m) => {
    const at = extendedAt(m);
    return at === null ? [] : [{ giverId: m.giverId, receiverId: m.receiverId, state: m.state, extendedAt: at }];
  });
}

/** The subject a target names, as the operator sees it (everything). */
export function subjectOf(view: OrgView, target: DiagramTarget): DiagramSubject {
  const { framework } = view;
  const names = new Map(view.document.people.map((p) => [p.id, p.name]));
  const moments = momentLinks(view);
  if (target.kind === "person") {
    const { person, position } = target.person;
    return {
      kind: "person",
      framework,
      person: {
        id: person.id,
        name: person.name,
        self: position.self?.position ?? null,
        mentor: position.mentor?.position ?? null,
        current: position.primary?.position ?? null,
        history: historyOf(target.person),
      },
      moments,
      names,
    };
  }
  const people = target.kind === "team" ? view.people.filter((p) => p.person.teamId === target.teamId) : view.people;
  return {
    kind: target.kind,
    framework,
    name: target.kind === "team" ? target.name : view.name,
    teams: view.teams,
    members: people.map((p) => ({
      id: p.person.id,
      name: p.person.name,
      teamId: p.person.teamId,
      progress: p.position.primary?.position.progress ?? null,
      history: historyOf(p),
    })),
    moments,
    names,
  };
}

/**
 * Lays out diagram `kind` for `target`. A kind the target cannot draw (`canDrawTarget`) is a
 * ForbiddenState AppError: callers that take the kind from a person check it first.
 */
export function orgDiagramScene(
  view: OrgView,
  target: DiagramTarget,
  kind: DiagramKind,
  options: DiagramOptions = {},
  now: Date = new Date(),
): Scene {
  if (!canDrawTarget(target, kind)) {
    throw new AppError(AppErrorCode.ForbiddenState, undrawableMessage(target, kind));
  }
  return subjectScene(subjectOf(view, target), kind, options, now);
}

/** True when diagram `kind` can be drawn for `target`. */
export function canDrawTarget(target: DiagramTarget, kind: DiagramKind): boolean {
  return canDraw(target.kind, kind);
}

/** Why diagram `kind` cannot be drawn for `target`, naming the kinds that can. */
export function undrawableMessage(target: DiagramTarget, kind: DiagramKind): string {
  return `a ${target.kind === "org" ? "--org" : `--${target.kind}`} diagram is one of ${KINDS_FOR[target.kind].join(", ")}; "${kind}" is not`;
}
