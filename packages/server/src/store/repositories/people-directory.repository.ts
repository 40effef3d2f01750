/**
 * The people list as pages: ordered by the case-insensitive name key then id, each page starting
 * after the last row of the previous one (keyset pagination: no OFFSET, so a page deep in the
 * list costs what the first one costs, and a row inserted meanwhile never shifts a page).
 *
 * Every query is shaped for an index of migration 010 (measured at 100,000 people on both
 * engines; see the slices below): `(status, name key, id)` serves browsing, name-prefix search
 * and the next page as one range scan; `(team_id, status, name key, id)` a team; `(status,
 * email key, name key, id)` the email part of an admin's search. A filter that would need an OR
 * across indexes (name or email; mentees or led teams) runs as disjoint slices, each its own
 * ordered, limited query, merged afterwards — one OR would make the engine scan everything.
 */
import type { SelectQueryBuilder, SqlBool } from "kysely";
import { sql } from "kysely";
import type { Database } from "../schema/database.js";
import type { Db } from "./store.types.js";
import { isPostgres, startsWith, textKey } from "./text-key.js";

/** Who and what a page may contain. */
export interface DirectoryFilter {
  readonly status: "active" | "deactivated";
  /** null: everyone. Otherwise only these people and the people of these teams. */
  readonly scope: { readonly personIds: readonly string[]; readonly teamIds: readonly string[] } | null;
  readonly teamId?: string | undefined;
  readonly groupId?: string | undefined;
  /** People whose current position works on this stage. */
  readonly stageId?: string | undefined;
  /** Name prefix (and email prefix when `emailToo`), case-insensitive. */
  readonly search?: { readonly prefix: string; readonly emailToo: boolean } | undefined;
}

/** Where the previous page ended. */
export interface DirectoryPosition {
  readonly key: string;
  readonly id: string;
}

/** One row of a page. */
export interface DirectoryRow {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly title: string;
  readonly status: string;
  readonly teamId: string | null;
  /** JSON array of granted roles. */
  readonly roles: string;
  readonly version: number;
  /** The sort key, for the cursor of the next page. */
  readonly key: string;
}

/**
 * One disjoint part of the matches, queried on its own so each part is one index-driven scan:
 * which part of a scope (listed people not in the listed teams, or the listed teams' people) and
 * which part of a search (name prefix, or email prefix of people whose name does not match).
 */
interface Slice {
  readonly scope: "everyone" | "people" | "teams";
  readonly search: "none" | "name" | "email-only";
}

type PersonQuery = SelectQueryBuilder<Database, "person", object>;

/** The slices of a filter; none when its scope is empty (nobody matches). */
function slicesOf(filter: DirectoryFilter): Slice[] {
  const scope = filter.scope;
  const scopes: Slice["scope"][] =
    scope === null
      ? ["everyone"]
      : [
          ...(scope.personIds.length > 0 ? ["people" as const] : []),
          ...(scope.teamIds.length > 0 ? ["teams" as const] : []),
        ];
  const searches: Slice["search"][] =
    filter.search === undefined ? ["none"] : filter.search.emailToo ? ["name", "email-only"] : ["name"];
  return scopes.flatMap((s) => searches.map((search) => ({ scope: s, search })));
}

/**
 * A slice other than "everyone, by name or unsearched" holds rows the name index cannot hand
 * out in order cheaply (a scattered set of ids, an email range). Planners still try, hoping to
 * meet the LIMIT early, and scan everything when the hope fails (measured: PostgreSQL picks the
 * name index for 1,400 scattered mentees; SQLite, having no statistics, for any `status = ?`).
 * Those slices sort by a key the index does not carry (`key || ''`, the same order); scope
 * slices, on SQLite, also keep the status column out of index choice with the unary `+`.
 */
function isScattered(slice: Slice): boolean {
  return slice.scope !== "everyone" || slice.search === "email-only";
}

function sliceQuery(db: Db, filter: DirectoryFilter, slice: Slice): PersonQuery {
  const statusColumn = sql.ref("person.status");
  // The email index leads with status, so only scope slices and groups take status out of index choice.
  const narrowed = slice.scope !== "everyone" || filter.groupId !== undefined;
  let query: PersonQuery = db
    .selectFrom("person")
    .where(
      narrowed && !isPostgres(db)
        ? sql<SqlBool>`+${statusColumn} = ${filter.status}`
        : sql<SqlBool>`${statusColumn} = ${filter.status}`,
    );
  const scope = filter.scope;
  if (scope !== null && slice.scope === "people") {
    query = query.where("person.id", "in", [...scope.personIds]);
    // People of the listed teams belong to the "teams" slice: each person is in one slice only.
    if (scope.teamIds.length > 0) {
      query = query.where((eb) =>
        eb.or([eb("person.team_id", "is", null), eb("person.team_id", "not in", [...scope.teamIds])]),
      );
    }
  }
  if (scope !== null && slice.scope === "teams") query = query.where("person.team_id", "in", [...scope.teamIds]);
  if (filter.teamId !== undefined) query = query.where("person.team_id", "=", filter.teamId);
  const groupId = filter.groupId;
  if (groupId !== undefined) {
    query = query.where("person.team_id", "in", (eb) =>
      eb.selectFrom("team").select("team.id").where("team.group_id", "=", groupId),
    );
  }
  const stageId = filter.stageId;
  if (stageId !== undefined) {
    // An IN list (not a correlated EXISTS): built once, it filters the ordered scan cheaply.
    query = query.where("person.id", "in", (eb) =>
      eb
        .selectFrom("current_position")
        .select("current_position.person_id")
        .where("current_position.working_on_stage_id", "=", stageId),
    );
  }
  if (filter.search !== undefined && slice.search !== "none") {
    const byName = startsWith(db, textKey(db, "person.name"), filter.search.prefix);
    query =
      slice.search === "name"
        ? query.where(byName)
        : query
            .where(startsWith(db, textKey(db, "person.email"), filter.search.prefix))
            .where(sql<SqlBool>`not ${byName}`);
  }
  return query;
}

/** Up to `limit` rows after `after` (from the start when null), in key order. */
export async function listDirectoryPage(
  db: Db,
  filter: DirectoryFilter,
  after: DirectoryPosition | null,
  limit: number,
): Promise<DirectoryRow[]> {
  const key = textKey(db, "person.name");
  const pages = slicesOf(filter).map((slice) => {
    let query = sliceQuery(db, filter, slice);
    if (after !== null) {
      // The plain lower bound lets an index seek; the row comparison breaks ties by id.
      query = query
        .where(sql<SqlBool>`${key} >= ${after.key}`)
        .where(sql<SqlBool>`(${key}, ${sql.ref("person.id")}) > (${after.key}, ${after.id})`);
    }
    return query
      .select([
        "person.id as id",
        "person.name as name",
        "person.email as email",
        "person.title as title",
        "person.status as status",
        "person.team_id as teamId",
        "person.roles as roles",
        "person.version as version",
        key.as("key"),
      ])
      .orderBy(isScattered(slice) ? sql`(${key} || '')` : key)
      .orderBy("person.id")
      .limit(limit);
  });
  const [first, ...others] = pages;
  if (first === undefined) return [];
  if (others.length === 0) return first.execute();
  // Each slice is an ordered, limited scan; the merge sorts at most (slices × limit) rows.
  let merged = db.selectFrom(first.as("s0")).selectAll();
  others.forEach((other, i) => {
    merged = merged.unionAll(db.selectFrom(other.as(`s${i + 1}`)).selectAll());
  });
  return db.selectFrom(merged.as("page")).selectAll().orderBy("page.key").orderBy("page.id").limit(limit).execute();
}

/** How many people match, counting at most `cap + 1` index entries per slice (cheap at any size). */
export async function countDirectoryUpTo(db: Db, filter: DirectoryFilter, cap: number): Promise<number> {
  let total = 0;
  for (const slice of slicesOf(filter)) {
    const matches = sliceQuery(db, filter, slice)
      .select("person.id")
      .limit(cap + 1);
    const row = await db
      .selectFrom(matches.as("matches"))
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    total += Number(row.n);
  }
  return total;
}

/** Names of the given teams, by id. */
export async function teamNamesByIds(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("team")
    .select(["id", "name"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
