/**
 * A person as the admin's edit page shows them: who they are, their team, what they lead, their
 * mentors and mentees (open mentorships, with the versions a change must quote), their account
 * and the version an edit of the person must quote.
 */
import type { GrantedRole, PersonStatus } from "@ascent/core";
import { personNamesByIds } from "../../store/queries/person-lookups.queries.js";
import { openMentorshipsBy, openMentorshipsOf } from "../../store/repositories/mentorship-record.repository.js";
import { teamNamesByIds } from "../../store/repositories/people-directory.repository.js";
import { findPerson } from "../../store/repositories/person.repository.js";
import { accountOfPerson, pendingInvitationOf } from "../../store/repositories/person-account.repository.js";
import type { Db } from "../../store/repositories/store.types.js";
import { unitsLedBy } from "../../store/repositories/unit-lead.repository.js";
import { notFound } from "../errors/app-error.js";

/** A named record (a team, a group, a person) in a reference. */
export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

/** One open mentorship, seen from one side. */
export interface MentorshipRef {
  readonly mentorshipId: string;
  /** The person on the other side. */
  readonly personId: string;
  readonly name: string;
  readonly cadenceDays: number;
  readonly startedAt: string;
  /** The version a cadence change or an end must quote. */
  readonly version: number;
}

/** A person for administration. */
export interface AdminPersonRecord {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly title: string;
  readonly status: PersonStatus;
  readonly roles: GrantedRole[];
  readonly joinedAt: string;
  readonly team: NamedRef | null;
  readonly leads: { readonly teams: NamedRef[]; readonly groups: NamedRef[] };
  /** Open mentorships where the person is mentee (at most one is started through the API). */
  readonly mentors: MentorshipRef[];
  /** Open mentorships where the person mentors. */
  readonly mentees: MentorshipRef[];
  readonly account: {
    readonly exists: boolean;
    readonly lastLoginAt: string | null;
    /** When the pending invitation expires, if one is pending. */
    readonly invitationExpiresAt: string | null;
  };
  /** The version an edit (name, email, title, team) must quote. */
  readonly version: number;
}

/** The record of `personId` as of `now`; `not_found` when there is no such person. */
export async function adminPersonRecord(db: Db, personId: string, now: string): Promise<AdminPersonRecord> {
  const stored = await findPerson(db, personId);
  if (!stored) throw notFound("person");
  const person = stored.value;
  const [teamNames, leads, asMentee, asMentor, account, invitation] = await Promise.all([
    teamNamesByIds(db, person.teamId === null ? [] : [person.teamId]),
    unitsLedBy(db, personId),
    openMentorshipsOf(db, [personId], now),
    openMentorshipsBy(db, personId, now),
    accountOfPerson(db, personId),
    pendingInvitationOf(db, personId, now),
  ]);
  const mentorNames = await personNamesByIds(
    db,
    asMentee.map((m) => m.value.mentorId),
  );
  const teamName = person.teamId === null ? undefined : teamNames.get(person.teamId);
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    title: person.title,
    status: person.status,
    roles: [...person.roles],
    joinedAt: person.joinedAt,
    team: person.teamId !== null && teamName !== undefined ? { id: person.teamId, name: teamName } : null,
    leads,
    mentors: asMentee.map((m) => ({
      mentorshipId: m.value.id,
      personId: m.value.mentorId,
      name: mentorNames.get(m.value.mentorId) ?? "",
      cadenceDays: m.value.cadenceDays,
      startedAt: m.value.startedAt,
      version: m.version,
    })),
    mentees: asMentor.map((m) => ({
      mentorshipId: m.id,
      personId: m.personId,
      name: m.name,
      cadenceDays: m.cadenceDays,
      startedAt: m.startedAt,
      version: m.version,
    })),
    account: {
      exists: account !== undefined,
      lastLoginAt: account?.lastLoginAt ?? null,
      invitationExpiresAt: invitation?.expiresAt ?? null,
    },
    version: stored.version,
  };
}
