/** The organisation: one row with its name and settings (including the privacy policy). */
import { fromJson, toIsoText, toJson } from "./column-codec.js";
import { inTransaction } from "./in-transaction.js";
import type { Db, Versioned } from "./store.types.js";
import { bumpVersion } from "./versioned-update.js";

/** The organisation's own record. Settings are free-form JSON owned by the app layer. */
export interface OrganisationRecord {
  readonly id: string;
  readonly name: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
}

/** Creates the organisation row (a database holds one organisation). */
export async function insertOrganisation(db: Db, organisation: OrganisationRecord): Promise<void> {
  await db
    .insertInto("organisation")
    .values({
      id: organisation.id,
      name: organisation.name,
      settings: toJson(organisation.settings),
      created_at: toIsoText(organisation.createdAt),
      version: 1,
    })
    .execute();
}

/** The organisation with its version, or undefined in a database not yet set up. */
export async function findOrganisation(db: Db): Promise<Versioned<OrganisationRecord> | undefined> {
  const row = await db.selectFrom("organisation").selectAll().orderBy("id").executeTakeFirst();
  return (
    row && {
      value: { id: row.id, name: row.name, settings: fromJson(row.settings), createdAt: row.created_at },
      version: row.version,
    }
  );
}

/** Saves name and settings if nobody changed them since `expectedVersion`; returns the new version. */
export async function updateOrganisation(db: Db, organisation: OrganisationRecord, expectedVersion: number) {
  return inTransaction(db, async (trx) => {
    const version = await bumpVersion(trx, "organisation", organisation.id, expectedVersion);
    await trx
      .updateTable("organisation")
      .set({ name: organisation.name, settings: toJson(organisation.settings) })
      .where("id", "=", organisation.id)
      .execute();
    return version;
  });
}

/** The organisation's name alone; undefined before it is set up. */
export async function organisationName(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom("organisation").select("name").executeTakeFirst();
  return row?.name;
}
