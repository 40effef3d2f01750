/**
 * The one rule for what an export, report, dashboard, diagram or count may hold for a reader who
 * is not the content's author (product.md, "Roles and privacy"; docs/security.md, "Exports, reports
 * and dashboards"). The HTTP organisation export, `ascent export`, the CLI reports and diagrams all
 * pass the organisation document through `organisationDocumentFor`; the SQL read models use the
 * same predicates (`isMomentBeyondGiver`) so their counts agree.
 *
 * Never, for any reader and whatever the admin policy says:
 * - private notes (their author's alone),
 * - check-in drafts (their author's until submitted),
 * - moments still in `aware` (the giver's private note: no text, no follow-up, not even the
 *   receiver's name),
 * - the staying-by-choice note (the person's and their mentor's; the flag and its date are not
 *   private).
 * The admin policy ("admins may read private content") widens only to what the subject has shared
 * with someone: a check-in, evidence or plan its owner narrowed to nobody stays out too.
 * A lead or leader reads positions, plans shared with leads, names and links — not check-in notes
 * and not evidence unless shared with leads.
 */
import type { CheckIn, Evidence, GrowthPlan, Moment, MomentState, Person } from "@ascent/core";
import type { ShareSetting } from "../../store/repositories/share-setting.repository.js";
import type { OrganisationDocument } from "../../store/transfer/organisation-document.types.js";
import type { AppContext } from "../context/app-context.js";
import type { Actor } from "./actor.js";
import { relationshipsOf } from "./relationships.js";
import { AUDIENCES, type Audience, SHARE_DEFAULTS, type ShareableKind } from "./share-defaults.js";

/** Who reads an aggregate of other people's content. */
export type ContentReader =
  /** An admin under the policy "admins may read private content" (the organisation export). */
  | "admin_under_policy"
  /** A lead or leader: the CLI person, team and organisation reports and diagrams. */
  | "lead_or_leader";

/** Whether a moment in `state` is seen by anyone but its giver (everything past `aware`). */
export function isMomentBeyondGiver(state: MomentState): boolean {
  return state !== "aware";
}

/** The moment states anyone but the giver may see or count (for SQL filters). */
export const MOMENT_STATES_BEYOND_GIVER: readonly MomentState[] = ["extended", "accepted", "result", "no_change"];

/** Effective sharing of one item with one audience: its own setting, else the kind's default. */
export function sharingOf(
  settings: readonly ShareSetting[],
): (kind: ShareableKind, itemId: string, audience: Audience) => boolean {
  const explicit = new Map(settings.map((s) => [`${s.itemKind}/${s.itemId}/${s.audience}`, s.allowed]));
  return (kind, itemId, audience) => explicit.get(`${kind}/${itemId}/${audience}`) ?? SHARE_DEFAULTS[kind][audience];
}

/**
 * Whether `reader` may read `personId`'s staying-by-choice note: the person and their running
 * mentors only. Leads, leaders and admins see the flag and its date (with the note emptied).
 */
export async function mayReadStayingNote(ctx: AppContext, reader: Actor, personId: string): Promise<boolean> {
  if (reader.personId === personId) return true;
  return (await relationshipsOf(ctx.db, reader, ctx.now())).menteeIds.has(personId);
}

/** A person without the staying-by-choice note (the flag and its date stay). */
export function withoutStayingNote(person: Person): Person {
  return person.stayingByChoice ? { ...person, stayingByChoice: { ...person.stayingByChoice, note: "" } } : person;
}

/** The organisation document as `reader` may see it. */
export function organisationDocumentFor(document: OrganisationDocument, reader: ContentReader): OrganisationDocument {
  const shared = sharingOf(document.shareSettings);
  const sharedWithReader = (kind: ShareableKind, id: string) =>
    reader === "lead_or_leader" ? shared(kind, id, "lead") : AUDIENCES.some((audience) => shared(kind, id, audience));

  // Positions are a lead's to see, so a lead's view keeps every submitted check-in but not its notes.
  const checkIns: CheckIn[] = document.checkIns
    .filter((c) => c.status === "submitted")
    .filter((c) => reader === "lead_or_leader" || sharedWithReader("check_in", c.id))
    .map((c) => (reader === "lead_or_leader" ? withoutNotes(c) : c));
  const evidence: Evidence[] = document.evidence.filter((e) => sharedWithReader("evidence", e.id));
  const plans: GrowthPlan[] = document.plans.filter((p) => sharedWithReader("plan", p.id));
  const moments: Moment[] = document.moments.filter((m) => isMomentBeyondGiver(m.state));

  const kept = {
    check_in: new Set(checkIns.map((c) => c.id)),
    evidence: new Set(evidence.map((e) => e.id)),
    plan: new Set(plans.map((p) => p.id)),
  };
  const keptEvidence = (ids: readonly string[]) => ids.filter((id) => kept.evidence.has(id));
  return {
    ...document,
    people: document.people.map(withoutStayingNote),
    checkIns: checkIns.map((c) => {
      const { supersedes, evidenceIds, ...rest } = c;
      return {
        ...rest,
        ...(supersedes !== undefined && kept.check_in.has(supersedes) ? { supersedes } : {}),
        ...(evidenceIds !== undefined ? { evidenceIds: keptEvidence(evidenceIds) } : {}),
      };
    }),
    evidence,
    plans,
    moments: moments.map((m) => ({ ...m, evidenceIds: keptEvidence(m.evidenceIds) })),
    shareSettings: document.shareSettings.filter((s) => kept[s.itemKind].has(s.itemId)),
    privateNotes: [],
  };
}

function withoutNotes(checkIn: CheckIn): CheckIn {
  const { notes: _notes, ...rest } = checkIn;
  return rest;
}
