/**
 * Permissions over the organisation as a whole, granted by roles rather than by a relationship to
 * given records: administering it (admin) and overseeing all of it (leader or admin). They are
 * rules of the access module like the record permissions of permission.ts, and checked the same
 * way: a refusal is `not_found`, the answer a missing record gets, so nobody learns what an admin
 * could see. (Admin routes also hide themselves; services check again because the CLI and tests
 * call them directly.)
 */
import { notFound } from "../errors/app-error.js";
import type { Actor } from "./actor.js";
import { hasRole } from "./granted-role.js";

export const OrganisationPermission = {
  /** Manage people, accounts, roles, teams, groups, leads, mentorships, settings, the framework, imports and exports; see contact details. */
  Administer: "organisation.administer",
  /** See every team and person (directory, dashboards, diagrams), not only one's own reach. */
  Oversee: "organisation.oversee",
} as const;

/** One of the OrganisationPermission values. */
export type OrganisationPermission = (typeof OrganisationPermission)[keyof typeof OrganisationPermission];

/** Who holds each organisation permission. */
const ORGANISATION_RULES: Readonly<Record<OrganisationPermission, (actor: Actor) => boolean>> = {
  [OrganisationPermission.Administer]: (actor) => hasRole(actor.roles, "admin"),
  [OrganisationPermission.Oversee]: (actor) => hasRole(actor.roles, "leader") || hasRole(actor.roles, "admin"),
};

/** True when the actor holds `permission`. */
export function hasOrganisationPermission(actor: Actor, permission: OrganisationPermission): boolean {
  return ORGANISATION_RULES[permission](actor);
}

/** Throws `not_found` (naming `kind`, the thing asked for) unless the actor holds `permission`. */
export function requireOrganisationPermission(actor: Actor, permission: OrganisationPermission, kind: string): void {
  if (!hasOrganisationPermission(actor, permission)) throw notFound(kind);
}
