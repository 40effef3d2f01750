/**
 * The web's one reading of the roles the server granted (`GET /api/v1/me`). It only chooses what to
 * offer — a menu entry, a link, a page's frame; the server's access gate decides every answer, and
 * anything offered by mistake would still be refused there.
 */
import type { Me } from "../api/contract.js";

/** Whether the signed-in person administers the organisation. */
export function isAdmin(me: Me): boolean {
  return me.roles.includes("admin");
}

/** Whether the organisation's dashboards are theirs to open (admins, leaders, and anyone who leads a team or group). */
export function mayOpenDashboards(me: Me, leadsSomething: boolean): boolean {
  return isAdmin(me) || me.roles.includes("leader") || leadsSomething;
}
