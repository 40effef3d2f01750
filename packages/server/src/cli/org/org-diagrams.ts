/**
 * Diagrams drawn from the database (`ascent diagram --person|--team|--org`, and reports): the
 * organisation's data turned into each layout's plain input. The layouts are the one renderer the
 * web app, API and CLI share.
 */
import {
  type DatedProgress,
  type DiagramKind,
  type DiagramOptions,
  layoutAxis,
  layoutChain,
  layoutDiagonal,
  layoutLevels,
  layoutPerson,
  layoutPipeline,
  layoutTeam,
  layoutTimeline,
  layoutZigzag,
  pipelineSeries,
  type Scene,
  type TimelineMoment,
} from "@ascent/core";
import { UsageError } from "../usage-error.js";
import type { OrgView, PersonView } from "./org-view.js";

/** Which part of the organisation a diagram shows. */
export type DiagramTarget =
  | { readonly kind: "person"; readonly person: PersonView }
  | { readonly kind: "team"; readonly teamId: string; readonly name: string }
  | { readonly kind: "org" };

/** The kinds each target can draw; the first is what a report puts first. */
export const KINDS_FOR: Readonly<Record<DiagramTarget["kind"], readonly DiagramKind[]>> = {
  person: ["person", "zigzag", "timeline"],
  team: ["team", "pipeline"],
  org: ["team", "pipeline", "chain", "levels", "axis", "zigzag", "diagonal"],
};

/** A person's progress history as the layouts take it. */
export function historyOf(person: PersonView): DatedProgress[] {
  return person.series.map((p) => ({ at: p.at, progress: p.progress }));
}

/** The last `count` months up to `now`, as "2026-03". */
export function recentMonths(now: Date, count = 12): string[] {
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

/** Moments the person gave or received, past `aware`, dated when they were extended. */
function timelineMoments(view: OrgView, person: PersonView): TimelineMoment[] {
  const names = new Map(view.document.people.map((p) => [p.id, p.name]));
  return view.sharedMoments
    .filter((m) => m.giverId === person.person.id || m.receiverId === person.person.id)
    .map((m) => {
      const extended = m.transitions.find((t) => t.to === "extended") ?? m.transitions[0];
      const received = m.receiverId === person.person.id;
      const other = names.get(received ? m.giverId : m.receiverId) ?? "someone";
      return {
        at: extended?.at ?? "",
        state: m.state,
        label: received ? `Received from ${other}` : `Given to ${other}`,
      };
    })
    .filter((m) => m.at !== "");
}

function peopleOf(view: OrgView, target: DiagramTarget): readonly PersonView[] {
  if (target.kind === "team") return view.people.filter((p) => p.person.teamId === target.teamId);
  if (target.kind === "person") return [target.person];
  return view.people;
}

/** Lays out diagram `kind` for `target`; a kind the target cannot draw is a usage error. */
export function diagramScene(
  view: OrgView,
  target: DiagramTarget,
  kind: DiagramKind,
  options: DiagramOptions = {},
  now: Date = new Date(),
): Scene {
  const { framework } = view;
  if (!KINDS_FOR[target.kind].includes(kind)) {
    throw new UsageError(
      `a ${target.kind === "org" ? "--org" : `--${target.kind}`} diagram is one of ${KINDS_FOR[target.kind].join(", ")}; "${kind}" is not`,
      2,
    );
  }
  if (target.kind === "person") {
    const { person, position } = target.person;
    if (kind === "zigzag") {
      const progress = position.primary?.position.progress ?? null;
      const highlight = position.primary?.position.workingOnStageId ?? undefined;
      return layoutZigzag({ framework, progress }, { ...options, ...(highlight ? { highlight } : {}) });
    }
    if (kind === "timeline") {
      return layoutTimeline(
        {
          framework,
          person: { name: person.name },
          history: historyOf(target.person),
          moments: timelineMoments(view, target.person),
        },
        options,
      );
    }
    return layoutPerson(
      {
        framework,
        person: {
          name: person.name,
          self: position.self?.position ?? null,
          mentor: position.mentor?.position ?? null,
          history: historyOf(target.person),
        },
      },
      options,
    );
  }
  const people = peopleOf(view, target);
  if (kind === "pipeline") {
    const series = pipelineSeries(
      framework,
      people.map((p) => ({ history: historyOf(p) })),
      recentMonths(now),
    );
    return layoutPipeline({ framework, series }, options);
  }
  if (kind === "chain") {
    const ids = new Set(view.sharedMoments.flatMap((m) => [m.giverId, m.receiverId]));
    return layoutChain(
      {
        people: view.document.people.filter((p) => ids.has(p.id)).map((p) => ({ id: p.id, name: p.name })),
        moments: view.sharedMoments.map((m) => ({ giverId: m.giverId, receiverId: m.receiverId, state: m.state })),
      },
      options,
    );
  }
  if (kind === "team") {
    const teamIds = new Set(people.map((p) => p.person.teamId));
    return layoutTeam(
      {
        framework,
        name: target.kind === "team" ? target.name : view.name,
        teams: view.teams.filter((t) => teamIds.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
        people: people.map((p) => ({
          id: p.person.id,
          name: p.person.name,
          teamId: p.person.teamId,
          progress: p.position.primary?.position.progress ?? null,
        })),
      },
      options,
    );
  }
  // The framework's own pictures, for an org report or `diagram levels --org`.
  return frameworkScene(view, kind, options);
}

/** Diagrams 1–4: the framework alone. */
function frameworkScene(view: OrgView, kind: DiagramKind, options: DiagramOptions): Scene {
  const input = { framework: view.framework };
  if (kind === "levels") return layoutLevels(input, options);
  if (kind === "axis") return layoutAxis(input, options);
  if (kind === "diagonal") return layoutDiagonal(input, options);
  return layoutZigzag(input, options);
}
