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
  type Position,
  type PositionView,
  type StayingByChoice,
} from "@ascent/core";
import { listCheckInsOfPerson } from "../../store/repositories/check-in.repository.js";
import { listEvidence } from "../../store/repositories/evidence.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { listPlans } from "../../store/repositories/growth-plan.repository.js";
import { listMoments } from "../../store/repositories/moment.repository.js";
import { findPerson } from "../../store/repositories/person.repository.js";
import { listPrivateNotesByAuthor } from "../../store/repositories/private-note.repository.js";
import type { GrantVia } from "../access/access-grant.js";
import type { Actor } from "../access/actor.js";
import { mayReadStayingNote, withoutStayingNote } from "../access/content-for-reader.js";
import { hasOrganisationPermission, OrganisationPermission } from "../access/organisation-permission.js";
import { Permission } from "../access/permission.js";
import { accessibleIds, requireAccess } from "../access/require-access.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import { type NamedMoment, nameMoments } from "../moments/moment-names.js";
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
    /** The version an edit of the person (e.g. staying by choice) must quote. */
    readonly version: number;
  };
  /** How the actor relates to the person. */
  readonly relationship: GrantVia;
  /** The self view and the mentor view, kept apart. */
  readonly positions: { readonly self: PositionSummary | null; readonly mentor: PositionSummary | null };
  readonly checkIns: readonly CheckIn[];
  readonly evidence: readonly Evidence[];
  readonly plans: readonly GrowthPlan[];
  /** With their giver's and receiver's names: seeing a moment includes knowing who is in it. */
  readonly moments: readonly NamedMoment[];
  readonly privateNotes: readonly PrivateNote[];
}

/** The person's overview as the actor may see it; `not_found` when they may not look at the person. */
export async function getPersonOverview(ctx: AppContext, actor: Actor, personId: string): Promise<PersonOverview> {
  const grants = await requireAccess(ctx, actor, Permission.PersonOverviewRead, [personId]);
  const relationship = grants.get(personId)!;
  const stored = await findPerson(ctx.db, personId);
  if (!stored) throw notFound("person");
  const person = stored.value;
  const framework = await activeFramework(ctx.db);
  const history = await listCheckInsOfPerson(ctx.db, personId);
  const current = currentPosition(framework, history);

  const visibleCheckIns = await accessibleIds(
    ctx,
    actor,
    Permission.CheckInRead,
    history.map((c) => c.id),
  );
  // Newest first for the page; the repositories answer in id order.
  const allEvidence = (await listEvidence(ctx.db, { personId })).sort(
    (a, b) => compareText(b.occurredOn, a.occurredOn) || compareText(a.id, b.id),
  );
  const allPlans = (await listPlans(ctx.db, { personId })).sort(
    (a, b) => compareText(b.createdAt, a.createdAt) || compareText(a.id, b.id),
  );
  const allMoments = (await listMoments(ctx.db, { personId })).map((m) => m.value);
  const visibleEvidence = await accessibleIds(
    ctx,
    actor,
    Permission.EvidenceRead,
    allEvidence.map((e) => e.id),
  );
  const visiblePlans = await accessibleIds(
    ctx,
    actor,
    Permission.PlanRead,
    allPlans.map((p) => p.id),
  );
  const visibleMoments = await accessibleIds(
    ctx,
    actor,
    Permission.MomentRead,
    allMoments.map((m) => m.id),
  );
  // Only the actor's own notes about this person: a private note is visible to its author alone.
  const notes = await listPrivateNotesByAuthor(ctx.db, actor.personId, personId);
  const seesEmail = relationship === "owner" || hasOrganisationPermission(actor, OrganisationPermission.Administer);

  return {
    person: {
      id: person.id,
      name: person.name,
      email: seesEmail ? person.email : null,
      teamId: person.teamId,
      title: person.title,
      status: person.status,
      stayingByChoice: (await mayReadStayingNote(ctx, actor, personId))
        ? person.stayingByChoice
        : withoutStayingNote(person).stayingByChoice,
      version: stored.version,
    },
    relationship,
    positions: { self: summary(current.self), mentor: summary(current.mentor) },
    checkIns: history.filter((c) => visibleCheckIns.has(c.id)),
    evidence: allEvidence.filter((e) => visibleEvidence.has(e.id)),
    plans: allPlans.filter((p) => visiblePlans.has(p.id)),
    moments: await nameMoments(
      ctx.db,
      allMoments.filter((m) => visibleMoments.has(m.id)),
    ),
    privateNotes: notes.map((n) => n.value),
  };
}

function summary(view: PositionView | null): PositionSummary | null {
  return view && { at: view.at, source: view.source, position: view.position };
}

/** Code-point order, the same on either engine (never the database collation). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
