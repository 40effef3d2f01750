/**
 * Use case: the admin's list of mentorships — running ones by default, ended ones (history) or
 * both; optionally those of one person (as mentor or mentee). Newest start first, in keyset pages
 * behind an opaque cursor, so an organisation of 100,000 pairs pages as fast as a small one.
 */
import { listMentorshipPage } from "../../store/repositories/mentorship-record.repository.js";
import type { Actor } from "../access/actor.js";
import { OrganisationPermission, requireOrganisationPermission } from "../access/organisation-permission.js";
import type { AppContext } from "../context/app-context.js";
import { decodeCursor, encodeCursor } from "../people-directory/page-cursor.js";
import { IssueList } from "../validation/issue-list.js";
import { isActiveAt, type MentorshipView } from "./mentorship-view.js";

/** Rows per page unless asked otherwise, and the most a page may hold. */
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

/** Input of listMentorships (from a query string: every field optional). */
export interface ListMentorshipsInput {
  readonly personId?: unknown;
  /** `active` (default): not ended; `ended`: history; `all`. */
  readonly state?: unknown;
  readonly cursor?: unknown;
  readonly limit?: unknown;
}

/** A page of mentorships. */
export interface MentorshipPage {
  readonly mentorships: MentorshipView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** A page of mentorships; `not_found` for anyone but an admin. */
export async function listMentorships(
  ctx: AppContext,
  actor: Actor,
  input: ListMentorshipsInput,
): Promise<MentorshipPage> {
  requireOrganisationPermission(actor, OrganisationPermission.Administer, "mentorship");
  const issues = new IssueList();
  const personId =
    input.personId === undefined || input.personId === "" ? undefined : issues.text("personId", input.personId, 64);
  const state = input.state === undefined ? "active" : issues.oneOf("state", input.state, ["active", "ended", "all"]);
  const limitValue = typeof input.limit === "string" && /^\d+$/.test(input.limit) ? Number(input.limit) : input.limit;
  const limit = limitValue === undefined ? DEFAULT_PAGE_SIZE : limitValue;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    issues.add("limit", `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  const cursor =
    input.cursor === undefined || input.cursor === ""
      ? null
      : typeof input.cursor === "string"
        ? decodeCursor(input.cursor, 2)
        : undefined;
  if (cursor === undefined) issues.add("cursor", "is not a cursor this list gave out");
  issues.throwIfAny();
  const now = ctx.now();
  const size = limit as number;
  const rows = await listMentorshipPage(
    ctx.db,
    { personId, state: state === "active" ? "open" : state!, now },
    cursor ? { startedAt: cursor[0]!, id: cursor[1]! } : null,
    size + 1,
  );
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return {
    mentorships: page.map((r) => ({
      id: r.id,
      mentor: { id: r.mentorId, name: r.mentorName },
      mentee: { id: r.menteeId, name: r.menteeName },
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      cadenceDays: r.cadenceDays,
      active: isActiveAt(r, now),
      version: r.version,
    })),
    nextCursor: rows.length > size && last ? encodeCursor([last.startedAt, last.id]) : null,
  };
}
