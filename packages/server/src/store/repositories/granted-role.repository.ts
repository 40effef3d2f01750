/** The granted roles (admin, leader) stored on a person. */
import type { GrantedRole } from "@ascent/core";
import { grantedRolesFromText } from "./granted-roles.js";
import type { Db } from "./store.types.js";

/** A person's granted roles and status, or undefined when there is no such person. */
export async function findGrantedRoles(
  db: Db,
  personId: string,
): Promise<{ roles: GrantedRole[]; status: string } | undefined> {
  const row = await db.selectFrom("person").select(["roles", "status"]).where("id", "=", personId).executeTakeFirst();
  return row && { roles: grantedRolesFromText(row.roles), status: row.status };
}

/** Active people with their granted roles (for "is this the last admin?"). */
export async function activePeopleRoles(db: Db): Promise<{ id: string; roles: GrantedRole[] }[]> {
  const rows = await db.selectFrom("person").select(["id", "roles"]).where("status", "=", "active").execute();
  return rows.map((r) => ({ id: r.id, roles: grantedRolesFromText(r.roles) }));
}

/** Replaces a person's granted roles (a new version of the person). */
export async function setGrantedRoles(db: Db, personId: string, roles: readonly GrantedRole[]): Promise<void> {
  await db
    .updateTable("person")
    .set((eb) => ({ roles: JSON.stringify(roles), version: eb("version", "+", 1) }))
    .where("id", "=", personId)
    .execute();
}
