/**
 * Use case: a person's own record, theirs to take (product.md): everything the privacy rules let
 * them see about themselves, in one document. The records come from their own overview (the access
 * module filters each one, so a mentor's draft about them, a mentor's private note about them and
 * a moment still only its giver's note stay out), plus what the overview leaves to other pages:
 * their account, team and group, mentorships, position history, sharing choices, the digest
 * setting and the framework the ratings refer to. Names only of people the record mentions.
 */
import { type Framework, type ProgressSeries, progressSeries } from "@ascent/core";
import { personNamesByIds } from "../../store/queries/person-lookups.queries.js";
import {
  accountExportRow,
  groupExportRow,
  personExportRow,
  teamExportRow,
} from "../../store/queries/personal-export.queries.js";
import { listCheckInsOfPerson } from "../../store/repositories/check-in.repository.js";
import { wantsWeeklyDigest } from "../../store/repositories/digest.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import { listMentorships } from "../../store/repositories/mentorship.repository.js";
import { listShareSettings } from "../../store/repositories/share-setting.repository.js";
import type { Actor } from "../access/actor.js";
import { SHARE_DEFAULTS, type ShareableKind } from "../access/share-defaults.js";
import type { AppContext } from "../context/app-context.js";
import { notFound } from "../errors/app-error.js";
import { getPersonOverview, type PersonOverview } from "../people/get-person-overview.service.js";

/** The format marker, so a reader knows what it reads. */
export const PERSONAL_EXPORT_FORMAT = "ascent.personal-export";

/** A point of a position series, without the full ratings. */
export interface ExportedProgressPoint {
  readonly at: string;
  readonly progress: number;
  readonly workingOnStageId: string | null;
  readonly checkInId: string;
}

/** One mentorship, seen from the person: whether they are the mentee or the mentor, and with whom. */
export interface ExportedMentorship {
  readonly id: string;
  readonly role: "mentee" | "mentor";
  readonly personId: string;
  readonly name: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly cadenceDays: number;
}

/** Who sees one of the person's items, by audience (their explicit choice, else the default). */
export interface ExportedSharing {
  readonly itemKind: ShareableKind;
  readonly itemId: string;
  readonly mentor: boolean;
  readonly lead: boolean;
  /** True when the person chose for this item; false when the defaults apply. */
  readonly chosen: boolean;
}

/** The whole export. */
export interface PersonalExport extends PersonOverview {
  readonly format: typeof PERSONAL_EXPORT_FORMAT;
  readonly formatVersion: 1;
  readonly exportedAt: string;
  readonly account: {
    readonly email: string | null;
    readonly createdAt: string | null;
    readonly lastLoginAt: string | null;
    readonly weeklyDigest: boolean;
  };
  readonly roles: readonly string[];
  readonly joinedAt: string;
  readonly team: { readonly id: string; readonly name: string } | null;
  readonly group: { readonly id: string; readonly name: string } | null;
  readonly mentorships: readonly ExportedMentorship[];
  /** The current position over time, and the self and mentor views over time, oldest first. */
  readonly positionHistory: {
    readonly current: readonly ExportedProgressPoint[];
    readonly self: readonly ExportedProgressPoint[];
    readonly mentor: readonly ExportedProgressPoint[];
  };
  readonly sharing: readonly ExportedSharing[];
  /** The framework the ratings and positions refer to. */
  readonly framework: {
    readonly id: string;
    readonly name: string;
    readonly version: string;
    readonly contentHash: string;
    readonly stages: readonly { readonly id: string; readonly level: string; readonly name: string }[];
  };
  /** Names of the people the record mentions (check-in authors, moment givers and receivers, mentors). */
  readonly people: Readonly<Record<string, string>>;
}

function points(series: ProgressSeries): ExportedProgressPoint[] {
  return series.map((p) => ({
    at: p.at,
    progress: p.progress,
    workingOnStageId: p.workingOnStageId,
    checkInId: p.checkInId,
  }));
}

function frameworkSummary(framework: Framework): PersonalExport["framework"] {
  return {
    id: framework.id,
    name: framework.name,
    version: framework.version,
    contentHash: framework.contentHash,
    stages: framework.levels.flatMap((level) =>
      level.stages.map((s) => ({ id: s.id, level: level.name, name: s.name })),
    ),
  };
}

/** The actor's own record. */
export async function getPersonalExport(ctx: AppContext, actor: Actor): Promise<PersonalExport> {
  const me = actor.personId;
  const overview = await getPersonOverview(ctx, actor, me);
  const [person, account, framework, checkIns, mentorships, settings] = await Promise.all([
    personExportRow(ctx.db, me),
    actor.accountId === null ? Promise.resolve(undefined) : accountExportRow(ctx.db, actor.accountId),
    activeFramework(ctx.db),
    listCheckInsOfPerson(ctx.db, me),
    Promise.all([listMentorships(ctx.db, { menteeId: me }), listMentorships(ctx.db, { mentorId: me })]),
    listShareSettings(ctx.db, { personId: me }),
  ]);
  if (!person) throw notFound("person");
  const team = person.team_id ? await teamExportRow(ctx.db, person.team_id) : undefined;
  const group = team?.group_id ? await groupExportRow(ctx.db, team.group_id) : undefined;

  const [asMentee, asMentor] = mentorships;
  const mentioned = new Set<string>([
    ...overview.checkIns.map((c) => c.authorId),
    ...overview.moments.flatMap((m) => [m.giverId, m.receiverId]),
    ...asMentee.map((m) => m.mentorId),
    ...asMentor.map((m) => m.menteeId),
  ]);
  const nameOf = await personNamesByIds(ctx.db, [...mentioned].sort());

  // Every item the person owns, with whom it is shared: their explicit choice, else the default.
  const explicit = new Map(settings.map((s) => [`${s.itemKind}:${s.itemId}:${s.audience}`, s.allowed]));
  const items: { kind: ShareableKind; id: string }[] = [
    ...overview.checkIns.filter((c) => c.status === "submitted").map((c) => ({ kind: "check_in" as const, id: c.id })),
    ...overview.evidence.map((e) => ({ kind: "evidence" as const, id: e.id })),
    ...overview.plans.map((p) => ({ kind: "plan" as const, id: p.id })),
  ];
  const sharing = items.map(({ kind, id }): ExportedSharing => {
    const mentor = explicit.get(`${kind}:${id}:mentor`);
    const lead = explicit.get(`${kind}:${id}:lead`);
    return {
      itemKind: kind,
      itemId: id,
      mentor: mentor ?? SHARE_DEFAULTS[kind].mentor,
      lead: lead ?? SHARE_DEFAULTS[kind].lead,
      chosen: mentor !== undefined || lead !== undefined,
    };
  });

  return {
    format: PERSONAL_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: ctx.now(),
    ...overview,
    account: {
      email: account?.email ?? null,
      createdAt: account?.created_at ?? null,
      lastLoginAt: account?.last_login_at ?? null,
      weeklyDigest: account ? await wantsWeeklyDigest(ctx.db, account.id) : false,
    },
    roles: JSON.parse(person.roles) as string[],
    joinedAt: person.joined_at,
    team: team ? { id: team.id, name: team.name } : null,
    group: group ? { id: group.id, name: group.name } : null,
    mentorships: [
      ...asMentee.map((m) => ({ ...m, role: "mentee" as const, personId: m.mentorId })),
      ...asMentor.map((m) => ({ ...m, role: "mentor" as const, personId: m.menteeId })),
    ].map((m) => ({
      id: m.id,
      role: m.role,
      personId: m.personId,
      name: nameOf.get(m.personId) ?? "",
      startedAt: m.startedAt,
      endedAt: m.endedAt,
      cadenceDays: m.cadenceDays,
    })),
    positionHistory: {
      current: points(progressSeries(framework, checkIns)),
      self: points(progressSeries(framework, checkIns, { assessor: "self" })),
      mentor: points(progressSeries(framework, checkIns, { assessor: "mentor" })),
    },
    sharing,
    framework: frameworkSummary(framework),
    people: Object.fromEntries([...nameOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
