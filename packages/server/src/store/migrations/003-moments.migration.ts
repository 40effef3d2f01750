/** Awesome Permission moments, their dated transitions and follow-up notes. */
import { type Kysely, sql } from "kysely";

/** Creates the moment tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("moment")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("giver_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("receiver_id", "text", (c) => c.notNull().references("person.id"))
    .addColumn("variant", "text", (c) => c.notNull().check(sql`variant in ('struggling', 'instinct_of_potential')`))
    .addColumn("state", "text", (c) =>
      c.notNull().check(sql`state in ('aware', 'extended', 'accepted', 'result', 'no_change')`),
    )
    .addColumn("ingredients", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("outcome", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("evidence_ids", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("moment_giver_idx").on("moment").column("giver_id").execute();
  await db.schema.createIndex("moment_receiver_idx").on("moment").column("receiver_id").execute();
  await db.schema
    .createTable("moment_transition")
    .addColumn("moment_id", "text", (c) => c.notNull().references("moment.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("to_state", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("moment_transition_pk", ["moment_id", "seq"])
    .execute();
  await db.schema
    .createTable("moment_follow_up")
    .addColumn("moment_id", "text", (c) => c.notNull().references("moment.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("moment_follow_up_pk", ["moment_id", "seq"])
    .execute();
}

/** Drops the moment tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["moment_follow_up", "moment_transition", "moment"]) await db.schema.dropTable(table).execute();
}
