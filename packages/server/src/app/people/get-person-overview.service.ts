/**
 * Use case: look at a person. Their self and mentor positions are shown side by side, never
 * mixed; every record in the overview is filtered through the access module, so a lead sees the
 * positions and shared plans, a mentor what is shared with mentors, and only the person their own
 * everything. Private notes listed are the actor's own about this person.
 */
import {
  type CheckIn,
  currentPosition,
  type Evidence,
  type GrowthPlan,
  type Moment,
  type Position,
  type PositionView,
  type StayingByChoice,
} from "@ascent/core";
import { checkInsOfPerson } from "../../store/queries/check-in.queries.js";
import { evidenceIdsOfPerson, findEvidence } from "../../store/queries/evidence.queries.js";
import { activeFramework } from "../../store/queries/framework.queries.js";
import { findMoments } from "../../store/queries/moment.queries.js";
import { findPerson } from "../../store/queries/person.queries.js";
import { findPlan, planIdsOfPerson } from "../../store/queries/plan.queries.js";
import { privateNoteIdsByAuthor } from "../../store/queries/private-note.queries.js";
import type { GrantVia } from "../access/access-grant.js";
import type { Actor } from "../access/actor.js";
import { Permission } from "../access/permission.js";
import { accessibleIds, requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import { getPrivateNote } from "../notes/get-private-note.service.js";
import type { PrivateNote } from "../notes/private-note.types.js";

/** One view of a position: where one kind of assessor places the person, and when. */
export interface PositionSummary {
  readonly at: string;
  readonly source: string;
  readonly position: Position;
}

/** Everything about a person the actor may see. */
export interface PersonOverview {
  readonly person: {
    readonly id: string;
    readonly name: string;
    /** Only for the person and admins. */
    readonly email: string | null;
    readonly teamId: string | null;
    readonly title: string;
    readonly status: string;
    readonly stayingByChoice: StayingByChoice | null;
  };
  /** How the actor relates to the person. */
  readonly relationship: GrantVia;
  /** The self view and the mentor view, kept apart. */
  readonly positions: { readonly self: PositionSummary | null; readonly mentor: PositionSummary | null };
  readonly checkIns: readonly CheckIn[];
  readonly evidence: readonly Evidence[];
  readonly plans: readonly GrowthPlan[];
  readonly moments: readonly Moment[];
  readonly privateNotes: readonly PrivateNote[];
}

/** The person's overview as the actor may see it; `not_found` when they may not look at the person. */
export async function getPersonOverview(ctx: AppContext, actor: Actor, personId: string): Promise<PersonOverview> {
  const grants = await requireAccess(ctx, actor, Permission.PersonOverviewRead, [personId]);
  const relationship = grants.get(personId)!;
  const stored = await findPerson(ctx.db, personId);
  if (!stored) throw notFound("person");
  const { person } = stored;
  const framework = await activeFramework(ctx.db);
  const history = await checkInsOfPerson(ctx.db, personId);
  const current = currentPosition(framework, history);

  const visibleCheckIns = await accessibleIds(
    ctx,
    actor,
    Permission.CheckInRead,
    history.map((c) => c.id),
  );
  const evidenceIds = [
    ...(await accessibleIds(ctx, actor, Permission.EvidenceRead, await evidenceIdsOfPerson(ctx.db, personId))).keys(),
  ];
  const planIds = [
    ...(await accessibleIds(ctx, actor, Permission.PlanRead, await planIdsOfPerson(ctx.db, personId))).keys(),
  ];
  const momentIds = await momentIdsAbout(ctx, personId);
  const visibleMoments = await accessibleIds(ctx, actor, Permission.MomentRead, momentIds);
  const evidence = await findEvidence(ctx.db, evidenceIds);
  const moments = await findMoments(ctx.db, [...visibleMoments.keys()]);
  const plans = await Promise.all(planIds.map((id) => findPlan(ctx.db, id)));
  const noteIds = await privateNoteIdsByAuthor(ctx.db, actor.personId, personId);
  const notes = await Promise.all(noteIds.map((id) => getPrivateNote(ctx, actor, id)));
  const seesEmail = relationship === "owner" || actor.isAdmin;

  return {
    person: {
      id: person.id,
      name: person.name,
      email: seesEmail ? person.email : null,
      teamId: person.teamId,
      title: person.title,
      status: person.status,
      stayingByChoice: person.stayingByChoice,
    },
    relationship,
    positions: { self: summary(current.self), mentor: summary(current.mentor) },
    checkIns: history.filter((c) => visibleCheckIns.has(c.id)),
    evidence: evidenceIds.flatMap((id) => evidence.get(id)?.evidence ?? []),
    plans: plans.flatMap((p) => p?.plan ?? []),
    moments: momentIds.flatMap((id) => moments.get(id)?.moment ?? []),
    privateNotes: notes.map((n) => n.note),
  };
}

function summary(view: PositionView | null): PositionSummary | null {
  return view && { at: view.at, source: view.source, position: view.position };
}

async function momentIdsAbout(ctx: AppContext, personId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom("moment")
    .select("id")
    .where((eb) => eb.or([eb("giver_id", "=", personId), eb("receiver_id", "=", personId)]))
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}
