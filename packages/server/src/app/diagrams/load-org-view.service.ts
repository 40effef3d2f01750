/**
 * Use case: the operator's diagrams and reports (`ascent diagram`, `ascent report`) read the organisation
 * as they need it: read once (one consistent snapshot), then
 * each person's current position and progress series computed with the core's rules — the same
 * functions the app's read models use, so a report agrees with the dashboards.
 */
import {
  type CheckIn,
  type CurrentPosition,
  currentPosition,
  type Framework,
  type Moment,
  type Person,
  type ProgressSeries,
  progressSeries,
  type Team,
} from "@ascent/core";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema/database.js";
import { readOrganisationDocument } from "../../store/transfer/export-organisation.js";
import { activeFramework } from "../../store/transfer/import-organisation.js";
import type { OrganisationDocument } from "../../store/transfer/organisation-document.types.js";
import { isMomentBeyondGiver, organisationDocumentFor } from "../access/content-for-reader.js";
import { AppError, AppErrorCode } from "../errors/app-error.js";

/** One person with what the pictures show of them. */
export interface PersonView {
  readonly person: Person;
  readonly team: Team | null;
  readonly position: CurrentPosition;
  /** The current-position series (mentor view when there is one), oldest first. */
  readonly series: ProgressSeries;
}

/** The organisation, ready for diagrams and reports. */
export interface OrgView {
  readonly name: string;
  readonly framework: Framework;
  readonly document: OrganisationDocument;
  /** Active people only: the present organisation. */
  readonly people: readonly PersonView[];
  readonly teams: readonly Team[];
  /** Moments visible beyond their giver: a moment in `aware` is the giver's private note. */
  readonly sharedMoments: readonly Moment[];
}

/** Reads the organisation and computes every active person's position (a NotFound AppError when there is none). */
export async function loadOrgView(db: Kysely<Database>): Promise<OrgView> {
  let document: OrganisationDocument;
  try {
    // Reports and diagrams show what a lead or leader may see (access/content-for-reader.ts).
    document = organisationDocumentFor(await readOrganisationDocument(db), "lead_or_leader");
  } catch {
    throw new AppError(
      AppErrorCode.NotFound,
      "the database holds no organisation yet: `ascent init --demo` or `ascent import` one",
    );
  }
  const framework = activeFramework(document);
  const checkInsOf = new Map<string, CheckIn[]>();
  for (const checkIn of document.checkIns) {
    const list = checkInsOf.get(checkIn.personId) ?? [];
    list.push(checkIn);
    checkInsOf.set(checkIn.personId, list);
  }
  const teams = new Map(document.teams.map((t) => [t.id, t]));
  const people = document.people
    .filter((p) => p.status === "active")
    .map((person) => {
      const history = checkInsOf.get(person.id) ?? [];
      return {
        person,
        team: person.teamId ? (teams.get(person.teamId) ?? null) : null,
        position: currentPosition(framework, history),
        series: progressSeries(framework, history),
      };
    });
  return {
    name: document.organisation.name,
    framework,
    document,
    people,
    teams: document.teams,
    sharedMoments: document.moments.filter((m) => isMomentBeyondGiver(m.state)),
  };
}

/** The active person with `email`; a one-line error naming the email otherwise. */
export function personByEmail(view: OrgView, email: string): PersonView {
  const wanted = email.trim().toLowerCase();
  const found = view.people.find((p) => p.person.email.toLowerCase() === wanted);
  if (!found) throw new AppError(AppErrorCode.NotFound, `--person ${email}: no active person has this email`);
  return found;
}

/** The team named `name` (trimmed, case-insensitive), listing the names there are when it is missing. */
export function teamByName(view: OrgView, name: string): Team {
  const wanted = name.trim().toLowerCase();
  const found = view.teams.find((t) => t.name.trim().toLowerCase() === wanted);
  if (!found) {
    const names = view.teams.map((t) => t.name).sort();
    const list = names.length > 12 ? `${names.slice(0, 12).join(", ")}, …` : names.join(", ") || "(none)";
    throw new AppError(AppErrorCode.NotFound, `--team ${name}: there is no such team; teams: ${list}`);
  }
  return found;
}
