/** Diagram inputs drawn from the demo organisation, for the gallery. */

import type {
  ChainDiagramInput,
  DatedProgress,
  PermissionDiagramInput,
  PersonDiagramInput,
  PipelineDiagramInput,
  TeamDiagramInput,
  TimelineDiagramInput,
} from "../../packages/core/src/diagrams/index.js";
import { pipelineSeries } from "../../packages/core/src/diagrams/index.js";
import {
  buildDemoOrganisation,
  type CheckIn,
  currentPosition,
  DEMO_NOW,
  type DemoOrganisation,
  extendedAt,
  type Moment,
  progressSeries,
} from "../../packages/core/src/index.js";

/** Every input the gallery draws. */
export interface GalleryInputs {
  readonly org: DemoOrganisation;
  readonly person: PersonDiagramInput;
  readonly team: TeamDiagramInput;
  readonly pipeline: PipelineDiagramInput;
  readonly timeline: TimelineDiagramInput;
  readonly permission: PermissionDiagramInput;
  readonly chain: ChainDiagramInput;
}

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

const latestState = (m: Moment) => m.transitions[m.transitions.length - 1]!;

/** Builds the demo organisation (seed 1) and derives one input per diagram. */
export function galleryInputs(): GalleryInputs {
  const org = buildDemoOrganisation({ seed: 1 });
  const { framework } = org;
  const byPerson = new Map<string, CheckIn[]>();
  for (const c of org.checkIns) byPerson.set(c.personId, [...(byPerson.get(c.personId) ?? []), c]);
  const names = new Map(org.people.map((p) => [p.id, p.name]));
  const history = (id: string): DatedProgress[] =>
    progressSeries(framework, byPerson.get(id) ?? []).map((p) => ({ at: p.at, progress: p.progress }));
  const positions = new Map(org.people.map((p) => [p.id, currentPosition(framework, byPerson.get(p.id) ?? [])]));
  // The person: the first (by id) whose own and mentor views differ — the interesting case.
  const featured =
    org.people.find((p) => {
      const cp = positions.get(p.id)!;
      return cp.self && cp.mentor && cp.self.position.progress !== cp.mentor.position.progress;
    }) ?? org.people[0]!;
  const cp = positions.get(featured.id)!;
  // The timeline: whoever received the most moments.
  const received = new Map<string, number>();
  for (const m of org.moments) received.set(m.receiverId, (received.get(m.receiverId) ?? 0) + 1);
  const receiverId =
    [...received.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? featured.id;
  const theirMoments = org.moments.filter((m) => m.receiverId === receiverId || m.giverId === receiverId);
  const showcase = org.moments.find((m) => m.state === "result") ?? org.moments[0];
  const first = [...org.checkIns].map((c) => c.submittedAt ?? c.createdAt).sort()[0] ?? DEMO_NOW;
  return {
    org,
    person: {
      framework,
      person: {
        name: featured.name,
        self: cp.self?.position ?? null,
        mentor: cp.mentor?.position ?? null,
        history: history(featured.id),
      },
    },
    team: {
      framework,
      name: org.organisation.name,
      teams: org.teams.map((t) => ({ id: t.id, name: t.name })),
      people: org.people
        .filter((p) => p.status === "active")
        .map((p) => ({
          id: p.id,
          name: p.name,
          teamId: p.teamId,
          progress: positions.get(p.id)!.primary?.position.progress ?? null,
        })),
    },
    pipeline: {
      framework,
      series: pipelineSeries(
        framework,
        org.people.map((p) => ({ history: history(p.id) })),
        months(first.slice(0, 7), DEMO_NOW.slice(0, 7)),
      ),
    },
    timeline: {
      framework,
      person: { name: names.get(receiverId) ?? receiverId },
      history: history(receiverId),
      moments: theirMoments.map((m) => ({
        at: latestState(m).at,
        state: m.state,
        label:
          m.receiverId === receiverId
            ? `from ${names.get(m.giverId) ?? m.giverId}`
            : `gave to ${names.get(m.receiverId) ?? m.receiverId}`,
      })),
    },
    permission: showcase
      ? {
          giver: { name: names.get(showcase.giverId) ?? "" },
          receiver: { name: names.get(showcase.receiverId) ?? "" },
          state: showcase.state,
        }
      : { giver: { name: "Person A" }, receiver: { name: "Person B" } },
    chain: {
      people: org.people.map((p) => ({ id: p.id, name: p.name })),
      // Only moments that reached `extended`: an `aware` moment is its giver's private note, and the
      // chain counts permission actually given.
      moments: org.moments
        .filter((m) => extendedAt(m) !== null)
        .map((m) => ({ giverId: m.giverId, receiverId: m.receiverId, state: m.state })),
    },
  };
}
