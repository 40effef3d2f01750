/**
 * What a person, team or organisation report says. Privacy: a report is what a lead or leader
 * may see (product.md, roles) — positions, plans' goals, moment states and names — never evidence
 * text, check-in notes, private notes or moment text.
 */
import {
  type DiagramKind,
  describePosition,
  diagramText,
  frameworkPath,
  type Position,
  sceneToSvg,
  stageLabel,
} from "@ascent/core";
import type { OrgView, PersonView } from "../../app/diagrams/load-org-view.service.js";
import type { Report, ReportDiagram, ReportSection } from "../../report/report.types.js";
import { type DiagramTarget, diagramScene } from "../org/org-diagrams.js";

/** Each diagram gets its own id prefix: several SVGs inlined in one HTML page must not share ids. */
function diagram(view: OrgView, target: DiagramTarget, kind: DiagramKind, index: number, now: Date): ReportDiagram {
  const scene = diagramScene(view, target, kind, { idPrefix: `d${index}-` }, now);
  return { title: scene.title, svg: sceneToSvg(scene), text: diagramText(scene) };
}

function positionText(view: OrgView, position: Position | undefined | null): string {
  return position ? describePosition(view.framework, position) : "no check-in yet";
}

function subtitle(view: OrgView, now: Date): string {
  return `${view.name} · ${view.framework.name} ${view.framework.version} · generated ${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Rows of people with their views side by side, never blended. */
function peopleTable(view: OrgView, people: readonly PersonView[]) {
  return {
    columns: ["Name", "Team", "Current position", "Self view", "Mentor view"],
    rows: [...people]
      .sort((a, b) => a.person.name.localeCompare(b.person.name))
      .map((p) => [
        p.person.name,
        p.team?.name ?? "—",
        positionText(view, p.position.primary?.position),
        positionText(view, p.position.self?.position),
        positionText(view, p.position.mentor?.position),
      ]),
  };
}

/** People per stage (by the current position), in path order. */
function stageTable(view: OrgView, people: readonly PersonView[]) {
  const path = frameworkPath(view.framework);
  const counts = new Map<string, number>();
  let none = 0;
  for (const p of people) {
    const position = p.position.primary?.position;
    if (!position) none += 1;
    else {
      const stage = position.workingOnStageId ?? path.at(-1)?.stage.id ?? "";
      counts.set(stage, (counts.get(stage) ?? 0) + 1);
    }
  }
  return {
    columns: ["Working on", "People"],
    rows: [
      ...path.map((s) => [stageLabel(view.framework, s.stage.id), String(counts.get(s.stage.id) ?? 0)]),
      ["No check-in yet", String(none)],
    ],
  };
}

/** A person's report: their views, their path, their plan. */
export function personReport(view: OrgView, person: PersonView, now = new Date()): Report {
  const target: DiagramTarget = { kind: "person", person };
  const plans = view.document.plans.filter((p) => p.personId === person.person.id);
  const sections: ReportSection[] = [
    {
      heading: "Where they stand",
      paragraphs: [
        `Current position: ${positionText(view, person.position.primary?.position)}.`,
        `Self view: ${positionText(view, person.position.self?.position)}. Mentor view: ${positionText(view, person.position.mentor?.position)}.`,
        ...(person.person.stayingByChoice
          ? [`Staying at this stage by choice since ${person.person.stayingByChoice.since.slice(0, 10)}.`]
          : []),
      ],
      diagrams: [diagram(view, target, "person", 1, now), diagram(view, target, "timeline", 2, now)],
    },
  ];
  for (const plan of plans) {
    sections.push({
      heading: `Growth plan: ${stageLabel(view.framework, plan.targetStageId)}`,
      table: {
        columns: ["Goal", "Status", "Due"],
        rows: plan.goals.map((g) => [g.title, g.status.replace("_", " "), g.dueOn?.slice(0, 10) ?? "—"]),
      },
    });
  }
  return { title: `${person.person.name} — leadership progression`, subtitle: subtitle(view, now), sections };
}

/** A team's report: the team on the grid, coverage, pipeline, people. */
export function teamReport(view: OrgView, teamId: string, now = new Date()): Report {
  const team = view.teams.find((t) => t.id === teamId)!;
  const people = view.people.filter((p) => p.person.teamId === teamId);
  const target: DiagramTarget = { kind: "team", teamId, name: team.name };
  const leads = view.document.people.filter((p) => team.leadIds.includes(p.id)).map((p) => p.name);
  return {
    title: `${team.name} — team report`,
    subtitle: subtitle(view, now),
    sections: [
      {
        heading: "The team on the path",
        paragraphs: [`${people.length} people; led by ${leads.join(", ") || "nobody yet"}.`],
        diagrams: [diagram(view, target, "team", 1, now), diagram(view, target, "pipeline", 2, now)],
      },
      { heading: "People", table: peopleTable(view, people) },
      { heading: "People per stage", table: stageTable(view, people) },
    ],
  };
}

/** The organisation's report: the map, the pipeline, the Awesome Permission chain, teams. */
export function orgReport(view: OrgView, now = new Date()): Report {
  const target: DiagramTarget = { kind: "org" };
  const teamRows = [...view.teams]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => {
      const members = view.people.filter((p) => p.person.teamId === t.id);
      const progress = members
        .map((m) => m.position.primary?.position.progress)
        .filter((v): v is number => v !== undefined);
      const mean = progress.length ? (progress.reduce((a, b) => a + b, 0) / progress.length).toFixed(1) : "—";
      return [t.name, String(members.length), mean];
    });
  return {
    title: `${view.name} — organisation report`,
    subtitle: subtitle(view, now),
    sections: [
      {
        heading: "The organisation on the path",
        paragraphs: [`${view.people.length} active people in ${view.teams.length} teams.`],
        diagrams: [diagram(view, target, "team", 1, now), diagram(view, target, "pipeline", 2, now)],
      },
      { heading: "People per stage", table: stageTable(view, view.people) },
      { heading: "Teams", table: { columns: ["Team", "People", "Mean progress"], rows: teamRows } },
      {
        heading: "Awesome Permission",
        paragraphs: [`${view.sharedMoments.length} moments extended or further; who gave permission to whom:`],
        diagrams: [diagram(view, target, "chain", 3, now)],
      },
    ],
  };
}
