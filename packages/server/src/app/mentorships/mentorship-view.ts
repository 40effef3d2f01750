/** A mentorship as the admin pages show it: both people by name, its dates, cadence and version. */
import type { Mentorship } from "@ascent/core";
import { personNamesByIds } from "../../store/queries/person-lookups.queries.js";
import type { Db } from "../../store/repositories/store.types.js";
import type { NamedRef } from "../admin/person-record.js";

/** One mentorship. */
export interface MentorshipView {
  readonly id: string;
  readonly mentor: NamedRef;
  readonly mentee: NamedRef;
  readonly startedAt: string;
  /** When it ended (or will end); null while open-ended. */
  readonly endedAt: string | null;
  /** A check-in is expected every this many days. */
  readonly cadenceDays: number;
  /** Running now: started, and not ended. */
  readonly active: boolean;
  /** The version a cadence change or an end must quote. */
  readonly version: number;
}

/** Running at `now`: started by then and not yet ended. */
export function isActiveAt(m: { startedAt: string; endedAt: string | null }, now: string): boolean {
  return m.startedAt <= now && (m.endedAt === null || m.endedAt > now);
}

/** The view of a stored mentorship, with the two names looked up. */
export async function mentorshipView(db: Db, m: Mentorship, version: number, now: string): Promise<MentorshipView> {
  const nameOf = await personNamesByIds(db, [m.mentorId, m.menteeId]);
  return {
    id: m.id,
    mentor: { id: m.mentorId, name: nameOf.get(m.mentorId) ?? "" },
    mentee: { id: m.menteeId, name: nameOf.get(m.menteeId) ?? "" },
    startedAt: m.startedAt,
    endedAt: m.endedAt,
    cadenceDays: m.cadenceDays,
    active: isActiveAt(m, now),
    version,
  };
}
