/**
 * The one place granted roles are inspected. Actors are asked about through the organisation
 * permissions (organisation-permission.ts); `hasRole` is for role lists that belong to no actor,
 * such as the rows of an org-chart CSV.
 */
import type { GrantedRole } from "@ascent/core";

/** True when `roles` include `role`. */
export function hasRole(roles: readonly GrantedRole[] | readonly string[], role: GrantedRole): boolean {
  return (roles as readonly string[]).includes(role);
}
