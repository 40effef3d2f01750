/**
 * A person's own record (their personal export) as a readable report: where they stand with their
 * zig-zag, person and timeline diagrams inline, then every record of theirs as tables. Rendered by
 * the same HTML renderer as `ascent report` (render-html.ts): self-contained, offline, printable.
 * Everything in it is what the export holds — what the person may see about themselves.
 */
import { describePosition, diagramText, type Framework, type Position, sceneToSvg, stageLabel } from "@ascent/core";
import type { PersonalExport } from "../app/export/get-personal-export.service.js";
import type { PersonSubject } from "../diagram/diagram-subject.js";
import { type PersonDiagramKind, subjectScene } from "../diagram/subject-scene.js";
import type { Report, ReportDiagram, ReportSection } from "./report.types.js";

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "—");
const words = (value: string) => value.replaceAll("_", " ");

function positionText(framework: Framework, position: Position | null | undefined): string {
  return position ? describePosition(framework, position) : "no check-in yet";
}

/** Each diagram gets its own id prefix: several SVGs in one page must not share ids. */
function diagram(subject: PersonSubject, kind: PersonDiagramKind, index: number, now: Date): ReportDiagram {
  const scene = subjectScene(subject, kind, { idPrefix: `d${index}-` }, now);
  return { title: scene.title, svg: sceneToSvg(scene), text: diagramText(scene) };
}

/** The report of `record`; `subject` is the same person as their diagrams draw them. */
export function personalRecordReport(record: PersonalExport, subject: PersonSubject, now: Date): Report {
  const framework = subject.framework;
  const nameOf = (id: string) => record.people[id] ?? (id === record.person.id ? record.person.name : "someone");
  const stages = (ids: readonly string[]) => ids.map((id) => stageLabel(framework, id)).join(", ") || "—";
  const me = record.person;
  const sections: ReportSection[] = [
    {
      heading: "Where I stand",
      paragraphs: [
        `Current position: ${positionText(framework, record.positions.mentor?.position ?? record.positions.self?.position)}.`,
        `My own view: ${positionText(framework, record.positions.self?.position)}. My mentor's view: ${positionText(framework, record.positions.mentor?.position)}.`,
        ...(me.stayingByChoice ? [`Staying at this stage by choice since ${day(me.stayingByChoice.since)}.`] : []),
        `${me.title ? `${me.title}, ` : ""}${record.team ? `team ${record.team.name}` : "no team"}${record.group ? ` (${record.group.name})` : ""}; joined ${day(record.joinedAt)}.`,
      ],
      diagrams: [
        diagram(subject, "zigzag", 1, now),
        diagram(subject, "person", 2, now),
        diagram(subject, "timeline", 3, now),
      ],
    },
  ];
  if (record.mentorships.length > 0) {
    sections.push({
      heading: "Mentorships",
      table: {
        columns: ["", "With", "Since", "Until", "Check-in every"],
        rows: record.mentorships.map((m) => [
          m.role === "mentee" ? "My mentor" : "I mentor",
          m.name,
          day(m.startedAt),
          m.endedAt ? day(m.endedAt) : "running",
          `${m.cadenceDays} days`,
        ]),
      },
    });
  }
  sections.push({
    heading: "Check-ins",
    ...(record.checkIns.length === 0
      ? { paragraphs: ["No check-ins yet."] }
      : {
          table: {
            columns: ["Date", "Kind", "By", "Status", "Ratings", "Notes"],
            rows: record.checkIns.map((c) => [
              day(c.submittedAt ?? c.createdAt),
              c.assessorKind,
              nameOf(c.authorId),
              c.supersedes ? `${c.status} (a correction)` : c.status,
              Object.entries(c.ratings)
                .map(([stage, rating]) => `${stageLabel(framework, stage)}: ${words(rating)}`)
                .join("; ") || "—",
              c.notes ?? "",
            ]),
          },
        }),
  });
  sections.push({
    heading: "Evidence",
    ...(record.evidence.length === 0
      ? { paragraphs: ["No evidence yet."] }
      : {
          table: {
            columns: ["Date", "Kind", "Title", "Stages", "Link", "Text"],
            rows: record.evidence.map((e) => [
              day(e.occurredOn),
              words(e.kind),
              e.title,
              stages(e.stageIds),
              e.url ?? "",
              e.body,
            ]),
          },
        }),
  });
  for (const plan of record.plans) {
    sections.push({
      heading: `Growth plan: ${stageLabel(framework, plan.targetStageId)} (started ${day(plan.createdAt)})`,
      table: {
        columns: ["Goal", "Status", "Due", "Review notes"],
        rows: plan.goals.map((g) => [g.title, words(g.status), day(g.dueOn), g.reviewNotes]),
      },
    });
  }
  if (record.moments.length > 0) {
    sections.push({
      heading: "Awesome Permission moments",
      table: {
        columns: ["Since", "I", "With", "Kind", "State", "Outcome", "Follow-ups"],
        rows: record.moments.map((m) => {
          const gave = m.giverId === me.id;
          return [
            day(m.transitions[0]?.at),
            gave ? "gave" : "received",
            nameOf(gave ? m.receiverId : m.giverId),
            words(m.variant),
            words(m.state),
            m.outcome,
            m.followUps.map((f) => `${day(f.at)}: ${f.note}`).join("\n"),
          ];
        }),
      },
    });
  }
  if (record.privateNotes.length > 0) {
    sections.push({
      heading: "My private notes",
      paragraphs: ["Visible to me alone."],
      table: {
        columns: ["Written", "Changed", "Note"],
        rows: record.privateNotes.map((n) => [day(n.createdAt), day(n.updatedAt), n.body]),
      },
    });
  }
  if (record.sharing.length > 0) {
    const titles = new Map<string, string>([
      ...record.checkIns.map((c) => [c.id, `Check-in of ${day(c.submittedAt ?? c.createdAt)}`] as const),
      ...record.evidence.map((e) => [e.id, `Evidence: ${e.title}`] as const),
      ...record.plans.map((p) => [p.id, `Plan: ${stageLabel(framework, p.targetStageId)}`] as const),
    ]);
    const yes = (b: boolean) => (b ? "yes" : "no");
    sections.push({
      heading: "Who sees what I share",
      table: {
        columns: ["Item", "My mentor", "My lead", ""],
        rows: record.sharing.map((s) => [
          titles.get(s.itemId) ?? s.itemId,
          yes(s.mentor),
          yes(s.lead),
          s.chosen ? "my choice" : "default",
        ]),
      },
    });
  }
  sections.push({
    heading: "Account",
    paragraphs: [
      `Email: ${record.account.email ?? me.email ?? "—"}. Roles: ${record.roles.length ? record.roles.join(", ") : "member"}.`,
      `Weekly digest of nudges by mail: ${record.account.weeklyDigest ? "on" : "off"}.`,
    ],
  });
  return {
    title: `${me.name} — my record in Ascent`,
    subtitle: `${framework.name} ${framework.version} · exported ${record.exportedAt.slice(0, 16).replace("T", " ")} UTC`,
    sections,
  };
}
