/**
 * Use case: where is this person now? Read from the current-position read model (one row by
 * primary key), never recomputed from their check-in history, so it is the cheap read a home page,
 * a mentee list or a script polls. The self view and the mentor view (mentor or joint check-ins)
 * are answered side by side and never mixed; `current` is the one that counts (the mentor view when
 * there is one), exactly as dashboards use it. Access is the overview's: oneself, a mentor, a lead
 * of their team, a leader or an admin; anyone else gets the not-found a missing person gets.
 */

import { onePersonWithPosition } from "../../store/queries/one-person-facts.queries.js";
import type { GrantVia } from "../access/access-grant.js";
import { personOverviewGrant } from "../access/access-rules.js";
import type { Actor } from "../access/actor.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";

/** One view of the position, as the read model keeps it. */
export interface PositionReading {
  /** Stage number k with stages 1..k all established (0 when stage 1 is not). */
  readonly reached: number;
  /** k, plus 0.5 when stage k+1 is emerging. */
  readonly progress: number;
}

/** The position that counts: which check-in it comes from, and the stage being worked on. */
export interface CountingPosition extends PositionReading {
  /** The assessor kind of that check-in: `self`, `mentor` or `joint`. */
  readonly source: string;
  readonly checkInId: string;
  /** Stage k+1, or null once every stage is reached. */
  readonly workingOnStageId: string | null;
}

/** A person's position as far as the actor may see it. */
export interface PersonPosition {
  readonly personId: string;
  /** How the actor relates to the person. */
  readonly relationship: GrantVia;
  /** Null before the person's first submitted check-in. */
  readonly current: CountingPosition | null;
  /** From their latest self check-in. */
  readonly self: PositionReading | null;
  /** From their latest mentor or joint check-in. */
  readonly mentor: PositionReading | null;
  /** When their latest submitted check-in updated these (null before the first). */
  readonly updatedAt: string | null;
}

/** Progress is k or k + 0.5, so the stage reached is its whole part. */
function reading(progress: number | null): PositionReading | null {
  return progress === null ? null : { reached: Math.floor(progress), progress };
}

/**
 * The person's position; `not_found` when the actor may not look at them (or they do not exist).
 * One statement reads the access facts and the position together (this is the read scripts poll);
 * the position is used only after the overview rule, the one requireAccess applies, has granted it.
 */
export async function getPersonPosition(ctx: AppContext, actor: Actor, personId: string): Promise<PersonPosition> {
  const found = await onePersonWithPosition(ctx.db, actor.personId, personId, ctx.now());
  const relationship = found && personOverviewGrant(actor, found.facts);
  if (!found || !relationship) throw notFound("person");
  const row = found.position;
  return {
    personId,
    relationship,
    current: row
      ? {
          source: row.source,
          checkInId: row.checkInId,
          reached: row.reached,
          progress: row.progress,
          workingOnStageId: row.workingOnStageId,
        }
      : null,
    self: reading(row?.selfProgress ?? null),
    mentor: reading(row?.mentorProgress ?? null),
    updatedAt: row?.updatedAt ?? null,
  };
}
