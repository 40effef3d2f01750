/**
 * Use case: "your mentees" at a glance — the people the actor mentors now, each with their current
 * position from the read model (one query for all, never their check-in history).
 */
import { frameworkPath, type Position } from "@ascent/core";
import { personNamesByIds } from "../../store/queries/person-lookups.queries.js";
import { listCurrentPositions } from "../../store/read-models/position.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import type { Actor } from "../access/actor.js";
import { relationshipsOf } from "../access/relationships.js";
import type { AppContext } from "../context/app-context.js";
import type { PositionSummary } from "./get-person-overview.service.js";

/** One mentee. */
export interface Mentee {
  readonly personId: string;
  readonly name: string;
  /** Their current position (mentor or joint view when there is one, else their own); null before any check-in. */
  readonly position: PositionSummary | null;
}

/** The actor's running mentorships' mentees, by name; an empty list for someone who mentors nobody. */
export async function listMyMentees(ctx: AppContext, actor: Actor): Promise<{ mentees: Mentee[] }> {
  // The same relationship the access module grants mentor rights by: running now.
  const { menteeIds } = await relationshipsOf(ctx.db, actor, ctx.now());
  const ids = [...menteeIds];
  if (ids.length === 0) return { mentees: [] };
  const [people, positions, framework] = await Promise.all([
    personNamesByIds(ctx.db, ids),
    listCurrentPositions(ctx.db, { personIds: ids }),
    activeFramework(ctx.db),
  ]);
  const path = frameworkPath(framework);
  const positionOf = new Map(positions.map((p) => [p.personId, p]));
  const mentees = [...people].map(([id, name]): Mentee => {
    const person = { id, name };
    const current = positionOf.get(person.id);
    const position: Position | undefined = current && {
      reached: current.reached,
      reachedStageId: current.reached === 0 ? null : (path[current.reached - 1]?.stage.id ?? null),
      workingOnStageId: current.workingOnStageId,
      progress: current.progress,
      // The read model keeps no foundation gaps; the mentee's own page shows them.
      foundationGaps: [],
    };
    return {
      personId: person.id,
      name: person.name,
      position: current && position ? { at: current.updatedAt, source: current.source, position } : null,
    };
  });
  mentees.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.personId < b.personId ? -1 : 1));
  return { mentees };
}
