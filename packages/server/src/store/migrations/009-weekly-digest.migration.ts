/**
 * The weekly digest of nudges: who opted out, which week was claimed by which instance (several
 * instances on one PostgreSQL send each week once), and who was mailed in it. Also: at most one
 * active framework version, enforced by the database, now that admins upload versions over HTTP
 * (two uploads at the same instant must not leave two versions active).
 */
import { type Kysely, sql } from "kysely";

/** Creates the digest tables and the one-active-framework index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per account that said something; no row = the default (the digest is on).
  await db.schema
    .createTable("digest_preference")
    .addColumn("account_id", "text", (c) => c.primaryKey().references("account.id").onDelete("cascade"))
    .addColumn("weekly_digest", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // The claim: whoever inserts the week's row sends it. A claim whose lease ran out without being
  // finished (the instance died mid-run) may be taken over.
  await db.schema
    .createTable("digest_week")
    .addColumn("week", "text", (c) => c.primaryKey())
    .addColumn("claimed_by", "text", (c) => c.notNull())
    .addColumn("claimed_at", "text", (c) => c.notNull())
    .addColumn("lease_until", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("sent", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // Who was mailed in a week (counts only, never the text): a takeover skips them.
  await db.schema
    .createTable("digest_delivery")
    .addColumn("week", "text", (c) => c.notNull().references("digest_week.week").onDelete("cascade"))
    .addColumn("account_id", "text", (c) => c.notNull().references("account.id").onDelete("cascade"))
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addColumn("nudges", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("digest_delivery_pkey", ["week", "account_id"])
    .execute();
  await sql`create unique index framework_version_one_active on framework_version (is_active) where is_active = 1`.execute(
    db,
  );
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("framework_version_one_active").execute();
  await db.schema.dropTable("digest_delivery").execute();
  await db.schema.dropTable("digest_week").execute();
  await db.schema.dropTable("digest_preference").execute();
}
