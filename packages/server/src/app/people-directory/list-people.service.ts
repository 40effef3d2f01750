/**
 * Use case: the people list — a page of people the actor may see (directory-scope.ts), searched
 * by name prefix (admins: email prefix too), filtered by team, group, stage worked on and status,
 * each with their team and their self and mentor positions side by side, never mixed.
 *
 * Pages are keyset pages in a stable order (case-insensitive name, then id) behind an opaque
 * cursor. The total is counted up to TOTAL_CAP only, so it stays cheap at any size: `exact`
 * says whether it is the real number or "more than".
 */
import { frameworkPath, type GrantedRole } from "@ascent/core";
import { listCurrentPositions } from "../../store/read-models/position.repository.js";
import { activeFramework } from "../../store/repositories/framework-version.repository.js";
import {
  countDirectoryUpTo,
  type DirectoryFilter,
  listDirectoryPage,
  teamNamesByIds,
} from "../../store/repositories/people-directory.repository.js";
import type { Actor } from "../access/actor.js";
import { hasOrganisationPermission, OrganisationPermission } from "../access/organisation-permission.js";
import type { AppContext } from "../context/app-context.js";
import { IssueList } from "../validation/issue-list.js";
import { type DirectoryScopeKind, directoryScope } from "./directory-scope.js";
import { type ListPosition, listPosition } from "./list-position.js";
import { decodeCursor, encodeCursor } from "./page-cursor.js";

/** Rows per page unless asked otherwise, and the most a page may hold. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;
/** The total is counted exactly up to this many people; beyond, it says "more than". */
export const TOTAL_CAP = 1000;
/** A search prefix longer than any name is pointless. */
const MAX_QUERY_LENGTH = 200;

/** Input of listPeople (from a query string: every field optional). */
export interface ListPeopleInput {
  readonly q?: unknown;
  readonly teamId?: unknown;
  readonly groupId?: unknown;
  readonly stage?: unknown;
  readonly status?: unknown;
  readonly cursor?: unknown;
  readonly limit?: unknown;
}

/** One person in the list. */
export interface DirectoryPerson {
  readonly id: string;
  readonly name: string;
  /** Admins see everyone's; others only their own (null otherwise). */
  readonly email: string | null;
  readonly title: string;
  readonly status: "active" | "deactivated";
  readonly team: { readonly id: string; readonly name: string } | null;
  /** The self view and the mentor (or joint) view, kept apart; null where there is none yet. */
  readonly positions: { readonly self: ListPosition | null; readonly mentor: ListPosition | null };
  /** Granted roles, for admins only (null for others). */
  readonly roles: GrantedRole[] | null;
  /** The version an edit of the person must quote. */
  readonly version: number;
}

/** A page of the list. */
export interface PeoplePage {
  readonly people: DirectoryPerson[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
  /** People matching the filters: exact up to TOTAL_CAP, else `count` = TOTAL_CAP and `exact` false. */
  readonly total: { readonly count: number; readonly exact: boolean };
  /** How wide the actor's view is. */
  readonly scope: DirectoryScopeKind;
}

/** A page of people the actor may see. */
export async function listPeople(ctx: AppContext, actor: Actor, input: ListPeopleInput): Promise<PeoplePage> {
  // Admins see contact details and granted roles; others see their own email only.
  const seesContacts = hasOrganisationPermission(actor, OrganisationPermission.Administer);
  const framework = await activeFramework(ctx.db);
  const path = frameworkPath(framework);
  const issues = new IssueList();
  const q = optionalString(issues, "q", input.q, MAX_QUERY_LENGTH)?.trim();
  const teamId = optionalString(issues, "teamId", input.teamId, 64);
  const groupId = optionalString(issues, "groupId", input.groupId, 64);
  const stage = optionalString(issues, "stage", input.stage, 64);
  if (stage !== undefined && !path.some((p) => p.stage.id === stage)) {
    issues.add("stage", "is not a stage of the framework");
  }
  const status =
    input.status === undefined ? "active" : issues.oneOf("status", input.status, ["active", "deactivated"]);
  const limit = input.limit === undefined ? DEFAULT_PAGE_SIZE : pageSize(issues, input.limit);
  const cursorText = optionalString(issues, "cursor", input.cursor, 2000);
  const cursor = cursorText === undefined ? null : decodeCursor(cursorText, 2);
  if (cursor === undefined) issues.add("cursor", "is not a cursor this list gave out");
  issues.throwIfAny();

  const { kind, scope } = await directoryScope(ctx, actor);
  const filter: DirectoryFilter = {
    status: status!,
    scope,
    teamId,
    groupId,
    stageId: stage,
    // Only admins may search by email: for anyone else it would reveal addresses they cannot see.
    search: q ? { prefix: q, emailToo: seesContacts } : undefined,
  };
  const after = cursor ? { key: cursor[0]!, id: cursor[1]! } : null;
  const [rows, counted] = await Promise.all([
    listDirectoryPage(ctx.db, filter, after, limit! + 1),
    countDirectoryUpTo(ctx.db, filter, TOTAL_CAP),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const ids = page.map((r) => r.id);
  const [positions, teamNames] = await Promise.all([
    listCurrentPositions(ctx.db, { personIds: ids }),
    teamNamesByIds(ctx.db, [...new Set(page.flatMap((r) => (r.teamId === null ? [] : [r.teamId])))]),
  ]);
  const positionOf = new Map(positions.map((p) => [p.personId, p]));
  return {
    people: page.map((row): DirectoryPerson => {
      const current = positionOf.get(row.id);
      const teamName = row.teamId === null ? undefined : teamNames.get(row.teamId);
      return {
        id: row.id,
        name: row.name,
        email: seesContacts || row.id === actor.personId ? row.email : null,
        title: row.title,
        status: row.status as DirectoryPerson["status"],
        team: row.teamId !== null && teamName !== undefined ? { id: row.teamId, name: teamName } : null,
        positions: {
          self: listPosition(path, current?.selfProgress ?? null),
          mentor: listPosition(path, current?.mentorProgress ?? null),
        },
        roles: seesContacts ? parseGrantedRoles(row.roles) : null,
        version: row.version,
      };
    }),
    nextCursor: rows.length > limit! && last ? encodeCursor([last.key, last.id]) : null,
    total: { count: Math.min(counted, TOTAL_CAP), exact: counted <= TOTAL_CAP },
    scope: kind,
  };
}

/** An optional string of at most `max` characters; "" counts as absent. */
function optionalString(issues: IssueList, field: string, value: unknown, max: number): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string") {
    issues.add(field, "must be text");
    return undefined;
  }
  if (value.length > max) {
    issues.add(field, `must be at most ${max} characters`);
    return undefined;
  }
  return value;
}

/** A page size from 1 to MAX_PAGE_SIZE (a query string may bring it as text). */
function pageSize(issues: IssueList, value: unknown): number | undefined {
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE) return n;
  issues.add("limit", `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return undefined;
}

/** The granted roles stored as JSON text, keeping only known ones. */
function parseGrantedRoles(text: string): GrantedRole[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((r): r is GrantedRole => r === "admin" || r === "leader") : [];
  } catch {
    return [];
  }
}
