/**
 * Diagrams of a person, a team or the organisation: a subject (diagram-subject.ts) turned into
 * each layout's plain input. The one path the CLI (`ascent diagram --person|--team|--org`, reports)
 * and the HTTP API share; the layouts themselves are the core's, the web app's too.
 */
import {
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
import type { DiagramSubject, GroupSubject, PersonSubject } from "./diagram-subject.js";

/** The kinds each subject can draw; the first is what a report puts first. */
export const KINDS_FOR = {
  person: ["person", "zigzag", "timeline"],
  team: ["team", "pipeline"],
  org: ["team", "pipeline", "chain", "levels", "axis", "zigzag", "diagonal"],
} as const satisfies Readonly<Record<DiagramSubject["kind"], readonly DiagramKind[]>>;

/** A kind a person can be drawn as. */
export type PersonDiagramKind = (typeof KINDS_FOR.person)[number];
/** A kind a team can be drawn as. */
export type TeamDiagramKind = (typeof KINDS_FOR.team)[number];
/** A kind the organisation can be drawn as. */
export type OrgDiagramKind = (typeof KINDS_FOR.org)[number];

/** Whether `kind` can be drawn of a subject of kind `subject`. */
export function canDraw(subject: DiagramSubject["kind"], kind: DiagramKind): boolean {
  return (KINDS_FOR[subject] as readonly DiagramKind[]).includes(kind);
}

/** The last `count` months up to `now`, as "2026-03": the pipeline's window. */
export function recentMonths(now: Date, count = 12): string[] {
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

/** Code-point order, the same on every engine and machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lays out diagram `kind` of `subject`; a kind the subject cannot draw is a programming error here. */
export function subjectScene(
  subject: DiagramSubject,
  kind: DiagramKind,
  options: DiagramOptions = {},
  now: Date = new Date(),
): Scene {
  if (!canDraw(subject.kind, kind)) throw new Error(`a ${subject.kind} diagram cannot be of kind "${kind}"`);
  return subject.kind === "person" ? personScene(subject, kind, options) : groupScene(subject, kind, options, now);
}

function personScene(subject: PersonSubject, kind: DiagramKind, options: DiagramOptions): Scene {
  const { framework, person } = subject;
  if (kind === "zigzag") {
    const highlight = person.current?.workingOnStageId ?? undefined;
    return layoutZigzag(
      { framework, progress: person.current?.progress ?? null },
      { ...options, ...(highlight ? { highlight } : {}) },
    );
  }
  if (kind === "timeline") {
    return layoutTimeline(
      { framework, person: { name: person.name }, history: person.history, moments: timelineMoments(subject) },
      options,
    );
  }
  return layoutPerson(
    {
      framework,
      person: { name: person.name, self: person.self, mentor: person.mentor, history: person.history },
    },
    options,
  );
}

/** The person's moments, given or received, dated when permission was extended. */
function timelineMoments(subject: PersonSubject): TimelineMoment[] {
  const id = subject.person.id;
  return subject.moments
    .filter((m) => m.giverId === id || m.receiverId === id)
    .map((m) => {
      const received = m.receiverId === id;
      const other = subject.names.get(received ? m.giverId : m.receiverId) ?? "someone";
      return { at: m.extendedAt, state: m.state, label: received ? `Received from ${other}` : `Given to ${other}` };
    });
}

function groupScene(subject: GroupSubject, kind: DiagramKind, options: DiagramOptions, now: Date): Scene {
  const { framework, members } = subject;
  if (kind === "pipeline") {
    const series = pipelineSeries(
      framework,
      members.map((m) => ({ history: m.history })),
      recentMonths(now),
    );
    return layoutPipeline({ framework, series }, options);
  }
  if (kind === "chain") {
    const ids = new Set(subject.moments.flatMap((m) => [m.giverId, m.receiverId]));
    // In time order, then by people, whatever order a loader read them in: same data, same picture.
    const moments = [...subject.moments].sort(
      (a, b) =>
        compareText(a.extendedAt, b.extendedAt) ||
        compareText(a.giverId, b.giverId) ||
        compareText(a.receiverId, b.receiverId),
    );
    return layoutChain(
      {
        people: [...ids].sort(compareText).map((id) => ({ id, name: subject.names.get(id) ?? "someone" })),
        moments: moments.map((m) => ({ giverId: m.giverId, receiverId: m.receiverId, state: m.state })),
      },
      options,
    );
  }
  if (kind === "team") {
    const teamIds = new Set(members.map((m) => m.teamId));
    return layoutTeam(
      {
        framework,
        name: subject.name,
        teams: subject.teams.filter((t) => teamIds.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
        people: members.map((m) => ({ id: m.id, name: m.name, teamId: m.teamId, progress: m.progress })),
      },
      options,
    );
  }
  // Diagrams 1–4: the framework alone.
  const input = { framework };
  if (kind === "levels") return layoutLevels(input, options);
  if (kind === "axis") return layoutAxis(input, options);
  if (kind === "diagonal") return layoutDiagonal(input, options);
  return layoutZigzag(input, options);
}
